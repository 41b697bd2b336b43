import { useTranslation } from 'react-i18next';
import type { ItemAnswer } from '../../../../shared/domain/scoring';
import type { UnitRatioDeductionScoring } from '../../../../shared/domain/templates/types';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import { CountInput } from './CountInput';

type Unit = NonNullable<ItemAnswer['units']>[number];

interface Props {
  itemId: string;
  scoring: UnitRatioDeductionScoring;
  answer: ItemAnswer | undefined;
  filing: FilingDetail | null;
  readOnly: boolean;
  onChange(answer: ItemAnswer, typing?: boolean): void;
}

/** The evaluator counts the batch records show per occupation, as a starting point the inspector checks. */
function countsFromRecords(filing: FilingDetail): Unit[] {
  return filing.occupations
    .map((occupation) => {
      const batches = filing.batches.filter((b) => b.filedOccupationId === occupation.id);
      const own = Math.max(0, ...batches.map((b) => b.ownEvaluators));
      const total = Math.max(0, ...batches.map((b) => b.ownEvaluators + b.externalEvaluators));
      return { id: occupation.code, own, total, note: occupation.name, batches: batches.length };
    })
    .filter((u) => u.batches > 0)
    .map(({ batches: _batches, ...unit }) => unit);
}

/** R-YQ-03: for every occupation already evaluated, own evaluators against all evaluators. */
export function UnitRatioEditor({ itemId, scoring, answer, filing, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const units = answer?.units;
  const names = new Map(filing?.occupations.map((o) => [o.code, o.name]) ?? []);

  function setUnit(index: number, next: Unit) {
    onChange({ ...answer, units: (units ?? []).map((u, i) => (i === index ? next : u)) });
  }

  return (
    <div className="editor">
      {units === undefined && (
        <div className="editor-status">
          <span className="pill pill-todo">{t('scoring.notChecked')}</span>
          {!readOnly && filing && (
            <button
              type="button"
              className="button small"
              onClick={() => onChange({ ...answer, units: countsFromRecords(filing) })}
              data-testid={`fill-units-${itemId}`}
            >
              {t('scoring.fillFromRecords')}
            </button>
          )}
        </div>
      )}
      {(units ?? []).map((unit, index) => (
        <div className="unit-row" key={unit.id} role="group" aria-label={names.get(unit.id) ?? unit.id}>
          <span className="unit-name">
            {names.get(unit.id) ?? unit.id} <span className="mono muted small">{unit.id}</span>
          </span>
          <CountInput
            label={scoring.numeratorLabel}
            value={unit.own}
            readOnly={readOnly}
            onChange={(own) => setUnit(index, { ...unit, own: own ?? 0 })}
          />
          <CountInput
            label={scoring.denominatorLabel}
            value={unit.total}
            readOnly={readOnly}
            onChange={(total) => setUnit(index, { ...unit, total: total ?? 0 })}
          />
        </div>
      ))}
      {units !== undefined && units.length === 0 && <p className="muted small">{t('scoring.noUnits')}</p>}
    </div>
  );
}
