import { useTranslation } from 'react-i18next';
import type { ItemAnswer } from '../../../../shared/domain/scoring';
import type { Item } from '../../../../shared/domain/templates/types';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import type { UnitOption } from '../sampling/unitOptions';
import { DeductionEditor } from './DeductionEditor';
import { RatioEditor } from './RatioEditor';
import { TieredEditor } from './TieredEditor';
import { UnitRatioEditor } from './UnitRatioEditor';

interface Props {
  item: Item;
  answer: ItemAnswer | undefined;
  units: UnitOption[];
  filing: FilingDetail | null;
  readOnly: boolean;
  onChange(answer: ItemAnswer, typing?: boolean): void;
}

/** The inspector's input for one item, by the item's scoring kind. */
export function ItemEditor({ item, answer, units, filing, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const scoring = item.scoring;
  switch (scoring.kind) {
    case 'deduction':
      return <DeductionEditor itemId={item.id} scoring={scoring} answer={answer} units={units} readOnly={readOnly} onChange={onChange} />;
    case 'tiered':
      return <TieredEditor itemId={item.id} scoring={scoring} answer={answer} readOnly={readOnly} onChange={onChange} />;
    case 'ratioBracket':
      return <RatioEditor scoring={scoring} answer={answer} readOnly={readOnly} onChange={onChange} />;
    case 'unitRatioDeduction':
      return <UnitRatioEditor itemId={item.id} scoring={scoring} answer={answer} filing={filing} readOnly={readOnly} onChange={onChange} />;
    case 'shared':
      return <p className="muted small editor">{t('scoring.sharedWith', { lead: scoring.leadItemId })}</p>;
  }
}
