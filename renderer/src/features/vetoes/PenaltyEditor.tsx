import { useTranslation } from 'react-i18next';
import { formatPoints, type Occurrence } from '../../../../shared/domain/scoring';
import type { Penalty } from '../../../../shared/domain/templates/types';
import { OutOfScopeTag } from '../inspection/OutOfScopeTag';
import { OccurrenceRow } from '../scoring/OccurrenceRow';

/** 倒扣分: each verified case deducts outside the item total. */
export function PenaltyEditor({
  penalty,
  occurrences,
  readOnly,
  outOfScope = false,
  onChange,
}: {
  penalty: Penalty;
  occurrences: Occurrence[];
  readOnly: boolean;
  /** Not re-checked by this follow-up (非复查事项). */
  outOfScope?: boolean;
  onChange(next: Occurrence[], typing?: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid={`penalty-${penalty.id}`}>
      <p>
        <strong>{penalty.content}</strong>
        {outOfScope && <OutOfScopeTag />}
      </p>
      <p className="muted">
        {penalty.scoringRule}（{t('vetoes.perCase', { points: formatPoints(penalty.pointsPerOccurrence) })}）
      </p>
      {occurrences.map((occurrence, index) => (
        <OccurrenceRow
          key={index}
          label={t('vetoes.penaltyCase', { n: index + 1 })}
          occurrence={occurrence}
          units={[]}
          countable
          readOnly={readOnly}
          onChange={(next, typing) =>
            onChange(
              occurrences.map((o, i) => (i === index ? next : o)),
              typing,
            )
          }
          onRemove={() => onChange(occurrences.filter((_, i) => i !== index))}
        />
      ))}
      {!readOnly && (
        <button type="button" className="button small" onClick={() => onChange([...occurrences, { count: 1 }])}>
          {t('vetoes.addPenalty')}
        </button>
      )}
    </div>
  );
}
