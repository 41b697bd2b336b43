import { useTranslation } from 'react-i18next';
import type { ItemAnswer, Occurrence } from '../../../../shared/domain/scoring';
import { formatPoints } from '../../../../shared/domain/scoring';
import type { DeductionRule } from '../../../../shared/domain/templates/types';
import type { UnitOption } from '../sampling/unitOptions';
import { withRuleOccurrences } from './itemAnswer';
import { OccurrenceRow } from './OccurrenceRow';

interface Props {
  itemId: string;
  rule: DeductionRule;
  answer: ItemAnswer | undefined;
  units: UnitOption[];
  readOnly: boolean;
  onChange(answer: ItemAnswer, typing?: boolean): void;
}

/** Units a rule counts in: per-batch and per-occupation rules only take their own kind. */
function unitsForRule(rule: DeductionRule, units: UnitOption[]): UnitOption[] {
  if (rule.per === 'batch') return units.filter((u) => u.kind === 'batch');
  if (rule.per === 'occupation') return units.filter((u) => u.kind === 'occupation');
  return units;
}

/** One deduction rule of an item: its verbatim text, and the findings recorded under it. */
export function DeductionRuleEditor({ itemId, rule, answer, units, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const occurrences = answer?.deductions?.[rule.id] ?? [];
  const ruleUnits = unitsForRule(rule, units);
  const countable = rule.per === 'occurrence' || rule.per === 'element';
  const label = `${itemId}${rule.id}`;
  const actionText = rule.per === 'finding' ? t('scoring.markFound') : t('scoring.addFinding');

  function update(next: Occurrence[], typing?: boolean) {
    onChange(withRuleOccurrences(answer, rule.id, next), typing);
  }

  function add() {
    const used = new Set(occurrences.map((o) => o.unit?.id));
    const nextUnit = rule.per === 'batch' || rule.per === 'occupation' ? ruleUnits.find((u) => !used.has(u.id)) : undefined;
    update([...occurrences, nextUnit ? { count: 1, unit: { kind: nextUnit.kind, id: nextUnit.id } } : { count: 1 }]);
  }

  return (
    <div className="deduction-rule" data-testid={`rule-${itemId}-${rule.id}`}>
      <div className="rule-head">
        <span className="rule-text">{rule.text}</span>
        <span className="muted small">{t(`scoring.per.${rule.per}`, { points: formatPoints(rule.points) })}</span>
        {!readOnly && (rule.per !== 'finding' || occurrences.length === 0) && (
          <button
            type="button"
            className="button small"
            onClick={add}
            aria-label={t('scoring.addFindingFor', { action: actionText, label: rule.text })}
          >
            {actionText}
          </button>
        )}
      </div>
      {occurrences.map((occurrence, index) => (
        <OccurrenceRow
          key={index}
          label={t('scoring.findingLabel', { label, n: index + 1 })}
          occurrence={occurrence}
          units={ruleUnits}
          countable={countable}
          readOnly={readOnly}
          onChange={(next, typing) =>
            update(
              occurrences.map((o, i) => (i === index ? next : o)),
              typing,
            )
          }
          onRemove={() => update(occurrences.filter((_, i) => i !== index))}
        />
      ))}
    </div>
  );
}
