import { useTranslation } from 'react-i18next';
import { formatPoints, type ItemAnswer } from '../../../../shared/domain/scoring';
import type { TieredScoring } from '../../../../shared/domain/templates/types';
import { usePointsDraft } from './usePointsDraft';

interface Props {
  itemId: string;
  scoring: TieredScoring;
  answer: ItemAnswer | undefined;
  readOnly: boolean;
  onChange(answer: ItemAnswer, typing?: boolean): void;
}

/** 选档: one tier; a range tier (e.g. 1–4 分) also takes the points within it. */
export function TieredEditor({ itemId, scoring, answer, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const chosen = scoring.tiers.find((tier) => tier.id === answer?.tier);
  const field = usePointsDraft(answer?.points === undefined ? '' : String(answer.points), chosen?.min ?? 0, chosen?.max ?? 0, (text) => {
    const { points: _points, ...rest } = answer ?? {};
    onChange(text === '' ? rest : { ...rest, points: text }, true);
  });

  return (
    <fieldset className="editor tiers">
      <legend className="visually-hidden">{t('scoring.chooseTier', { item: itemId })}</legend>
      {scoring.tiers.map((tier) => (
        <label key={tier.id} className="tier">
          <input
            type="radio"
            name={`tier-${itemId}`}
            checked={answer?.tier === tier.id}
            disabled={readOnly}
            onChange={() => {
              const { points: _points, ...rest } = answer ?? {};
              onChange(tier.min === tier.max ? { ...rest, tier: tier.id } : { ...rest, tier: tier.id, points: formatPoints(tier.max) });
            }}
          />
          {tier.label}
        </label>
      ))}
      {chosen && chosen.min !== chosen.max && (
        <label className="tier-points">
          {t('scoring.tierPoints', { min: formatPoints(chosen.min), max: formatPoints(chosen.max) })}
          <input
            type="text"
            inputMode="decimal"
            value={field.value}
            disabled={readOnly}
            aria-invalid={field.invalid}
            onChange={(e) => field.change(e.target.value)}
          />
        </label>
      )}
      {field.invalid && <p className="error small">{t('scoring.tierOutOfRange')}</p>}
    </fieldset>
  );
}
