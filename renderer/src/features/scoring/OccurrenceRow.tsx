import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../shared/domain/scoring';
import type { UnitOption } from '../sampling/unitOptions';

interface Props {
  label: string;
  occurrence: Occurrence;
  units: UnitOption[];
  countable: boolean;
  readOnly: boolean;
  onChange(next: Occurrence, typing?: boolean): void;
  onRemove(): void;
}

/** One finding: the sampled unit it was found in, how many, and a note. */
export function OccurrenceRow({ label, occurrence, units, countable, readOnly, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const unitValue = occurrence.unit ? `${occurrence.unit.kind}:${occurrence.unit.id}` : '';
  const known = units.some((u) => `${u.kind}:${u.id}` === unitValue);

  function setUnit(value: string) {
    const option = units.find((u) => `${u.kind}:${u.id}` === value);
    const { unit: _old, ...rest } = occurrence;
    onChange(option ? { ...rest, unit: { kind: option.kind, id: option.id } } : rest);
  }

  return (
    <div className="occurrence" role="group" aria-label={label}>
      {units.length > 0 && (
        <select aria-label={t('scoring.unit', { label })} value={unitValue} disabled={readOnly} onChange={(e) => setUnit(e.target.value)}>
          <option value="">{t('scoring.noUnit')}</option>
          {!known && occurrence.unit && <option value={unitValue}>{occurrence.unit.id}</option>}
          {units.map((u) => (
            <option key={`${u.kind}:${u.id}`} value={`${u.kind}:${u.id}`}>
              {t(`scoring.unitKinds.${u.kind}`)}：{u.label}
            </option>
          ))}
        </select>
      )}
      {countable && (
        <input
          type="number"
          className="count"
          min={1}
          max={999}
          aria-label={t('scoring.count', { label })}
          value={occurrence.count ?? 1}
          disabled={readOnly}
          onChange={(e) => {
            const count = Math.max(1, Math.min(999, Math.trunc(Number(e.target.value)) || 1));
            onChange({ ...occurrence, count });
          }}
        />
      )}
      <input
        className="note"
        aria-label={t('scoring.note', { label })}
        placeholder={t('scoring.notePlaceholder')}
        value={occurrence.note ?? ''}
        maxLength={500}
        disabled={readOnly}
        onChange={(e) => onChange({ ...occurrence, note: e.target.value }, true)}
      />
      {!readOnly && (
        <button type="button" className="button-link" onClick={onRemove} aria-label={t('scoring.removeFinding', { label })}>
          {t('common.remove')}
        </button>
      )}
    </div>
  );
}
