import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionListRow } from '../../../../../shared/ipc/channels/institutions';
import { call, errorMessage } from '../../../lib/call';

const SHOWN = 50;

/** Filings from the institution list, searched by name / credit code / filing no., ticked to assign. */
export function FilingPicker({ selected, onChange, disabled }: { selected: ReadonlySet<number>; onChange(next: Set<number>): void; disabled: boolean }) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<InstitutionListRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('institutions:list', { ...(query.trim() ? { query: query.trim() } : {}), limit: SHOWN })
      .then((list) => current && (setRows(list), setProblem(null)))
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [query]);

  function toggle(id: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  }

  return (
    <fieldset className="filing-picker">
      <legend>{t('office.pack.filings', { count: selected.size })}</legend>
      <div className="field">
        <label htmlFor={searchId}>{t('office.pack.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} disabled={disabled} />
      </div>
      {problem && <p className="error">{problem}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('office.pack.noFilings')}</p>
      ) : (
        <ul className="plain-list" data-testid="pack-filings">
          {rows.map((row) => (
            <li key={row.id}>
              <label className="checkbox">
                <input type="checkbox" checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} disabled={disabled} />
                {t('office.pack.filingRow', { name: row.name, no: row.filingNo, year: row.filingYear })}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
