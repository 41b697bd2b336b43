import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionListRow } from '../../../../../shared/ipc/channels/institutions';
import type { SyncForm } from '../../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../../lib/call';

const SHOWN = 50;

/** Ticked filings with the form (评估表) chosen for each; '' until the clerk has chosen one. */
export type FormChoices = ReadonlyMap<number, string>;

/** Filings from the institution list, searched by name / credit code / filing no.; a ticked one gets its form. */
export function FilingPicker({
  selected,
  forms,
  onChange,
  disabled,
}: {
  selected: FormChoices;
  forms: readonly SyncForm[];
  onChange(next: Map<number, string>): void;
  disabled: boolean;
}) {
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

  function choose(id: number, templateId: string | null) {
    const next = new Map(selected);
    if (templateId === null) next.delete(id);
    else next.set(id, templateId);
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
          {rows.map((row) => {
            const filing = t('office.pack.filingRow', { name: row.name, no: row.filingNo, year: row.filingYear });
            const chosen = selected.get(row.id);
            // With a single form there is nothing to choose: it is taken at once.
            const onlyForm = forms.length === 1 ? (forms[0]?.hash ?? '') : '';
            return (
              <li key={row.id} className="filing-choice">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen !== undefined}
                    onChange={(e) => choose(row.id, e.target.checked ? onlyForm : null)}
                    disabled={disabled}
                  />
                  {filing}
                </label>
                {chosen !== undefined && (
                  <select
                    value={chosen}
                    onChange={(e) => choose(row.id, e.target.value)}
                    disabled={disabled}
                    aria-label={t('office.pack.formFor', { filing })}
                  >
                    <option value="" disabled>
                      {t('office.pack.chooseForm')}
                    </option>
                    {forms.map((form) => (
                      <option key={form.hash} value={form.hash}>
                        {t('office.pack.formOption', { title: form.title, source: form.source, version: form.version, hash: form.hash.slice(0, 12) })}
                      </option>
                    ))}
                  </select>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
