import { useTranslation } from 'react-i18next';
import type { ItemAnswer } from '../../../../shared/domain/scoring';
import type { DeductionScoring } from '../../../../shared/domain/templates/types';
import type { UnitOption } from '../sampling/unitOptions';
import { DeductionRuleEditor } from './DeductionRuleEditor';

interface Props {
  itemId: string;
  scoring: DeductionScoring;
  answer: ItemAnswer | undefined;
  units: UnitOption[];
  readOnly: boolean;
  onChange(answer: ItemAnswer, typing?: boolean): void;
}

/** 扣分 items: the item is scored once the inspector checked it (no finding = full marks) or recorded a finding. */
export function DeductionEditor({ itemId, scoring, answer, units, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const checked = answer?.deductions !== undefined;
  const findings = Object.values(answer?.deductions ?? {}).reduce((n, list) => n + list.length, 0);
  return (
    <div className="editor">
      <div className="editor-status">
        {!checked ? (
          <>
            <span className="pill pill-todo">{t('scoring.notChecked')}</span>
            {!readOnly && (
              <button
                type="button"
                className="button small"
                onClick={() => onChange({ ...answer, deductions: {} })}
                data-testid={`no-finding-${itemId}`}
              >
                {t('scoring.noFinding')}
              </button>
            )}
          </>
        ) : (
          <span className={findings > 0 ? 'pill pill-deducted' : 'pill pill-ok'}>
            {findings > 0 ? t('scoring.findings', { count: findings }) : t('scoring.checkedNoFinding')}
          </span>
        )}
      </div>
      {scoring.rules.map((rule) => (
        <DeductionRuleEditor key={rule.id} itemId={itemId} rule={rule} answer={answer} units={units} readOnly={readOnly} onChange={onChange} />
      ))}
    </div>
  );
}
