import { useTranslation } from 'react-i18next';
import { CONFLICT_RELATION_LABELS, CONFLICT_RELATIONS, type ConflictRelation } from '../../../../shared/domain/double-random/types';
import { emptyConflict, type ConflictRow } from './expertForm';

/** 申报的回避关系: one row per institution the expert worked for, trained at or is related to (USCC and/or name). */
export function ConflictsEditor({
  conflicts,
  onChange,
  disabled,
}: {
  conflicts: ConflictRow[];
  onChange(next: ConflictRow[]): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ConflictRow>) => onChange(conflicts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="fieldset" data-testid="expert-conflicts">
      <legend>{t('expertPool.conflicts.heading')}</legend>
      <p className="muted small">{t('expertPool.conflicts.intro')}</p>
      {conflicts.length > 0 && (
        <table className="data-table compact form-table">
          <thead>
            <tr>
              <th scope="col">{t('expertPool.conflicts.relation')}</th>
              <th scope="col">{t('expertPool.conflicts.uscc')}</th>
              <th scope="col">{t('expertPool.conflicts.name')}</th>
              <th scope="col">{t('expertPool.conflicts.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((conflict, index) => (
              <tr key={index} data-testid={`expert-conflict-${index}`}>
                <td>
                  <select
                    value={conflict.relation}
                    onChange={(e) => update(index, { relation: e.target.value as ConflictRelation })}
                    aria-label={t('expertPool.conflicts.relation')}
                    disabled={disabled}
                  >
                    {CONFLICT_RELATIONS.map((relation) => (
                      <option key={relation} value={relation}>
                        {CONFLICT_RELATION_LABELS[relation]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="text"
                    className="mono"
                    value={conflict.uscc}
                    onChange={(e) => update(index, { uscc: e.target.value })}
                    maxLength={18}
                    aria-label={t('expertPool.conflicts.uscc')}
                    disabled={disabled}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    value={conflict.name}
                    onChange={(e) => update(index, { name: e.target.value })}
                    maxLength={200}
                    aria-label={t('expertPool.conflicts.name')}
                    disabled={disabled}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    value={conflict.note}
                    onChange={(e) => update(index, { note: e.target.value })}
                    maxLength={500}
                    aria-label={t('expertPool.conflicts.note')}
                    disabled={disabled}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onChange(conflicts.filter((_, i) => i !== index))}
                    disabled={disabled}
                    aria-label={t('expertPool.conflicts.removeLabel', { index: index + 1 })}
                  >
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button
          type="button"
          className="button small"
          onClick={() => onChange([...conflicts, emptyConflict()])}
          disabled={disabled}
          data-testid="expert-conflict-add"
        >
          {t('expertPool.conflicts.add')}
        </button>
      </div>
    </fieldset>
  );
}
