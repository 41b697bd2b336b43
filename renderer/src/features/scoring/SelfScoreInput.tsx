import { useTranslation } from 'react-i18next';
import { formatPoints, type ItemAnswer } from '../../../../shared/domain/scoring';
import { usePointsDraft } from './usePointsDraft';

/** 自评得分 as the institution reported it. */
export function SelfScoreInput({
  itemId,
  maxPoints,
  answer,
  readOnly,
  onChange,
}: {
  itemId: string;
  maxPoints: number;
  answer: ItemAnswer | undefined;
  readOnly: boolean;
  onChange(answer: ItemAnswer, typing?: boolean): void;
}) {
  const { t } = useTranslation();
  const { selfScore, ...rest } = answer ?? {};
  const field = usePointsDraft(selfScore === undefined ? '' : String(selfScore), 0, maxPoints, (text) =>
    onChange(text === '' ? rest : { ...rest, selfScore: text }, true),
  );
  return (
    <>
      <input
        className="self-score"
        type="text"
        inputMode="decimal"
        aria-label={t('scoring.selfScoreOf', { item: itemId, max: formatPoints(maxPoints) })}
        value={field.value}
        disabled={readOnly}
        aria-invalid={field.invalid}
        onChange={(e) => field.change(e.target.value)}
      />
      {field.invalid && <span className="error small">{t('scoring.selfScoreInvalid', { max: formatPoints(maxPoints) })}</span>}
    </>
  );
}
