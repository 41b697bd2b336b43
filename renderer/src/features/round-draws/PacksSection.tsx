import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_INSTITUTION_KINDS, type InstitutionKind, type RoundDrawRecord } from '../../../../shared/domain/double-random/types';
import type { SyncForm } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';
import { PackRow } from './PackRow';
import { useRoundDrawsStore } from './roundDrawsStore';

/** The form version chosen per kind of institution: a version's hash from sync:forms ('' until chosen). */
export type KindForms = Partial<Record<InstitutionKind, string>>;

/** 任务包: one per panel leader's laptop; the office picks the form per kind of institution and gives its passphrase once. */
export function PacksSection({ record }: { record: RoundDrawRecord }) {
  const { t } = useTranslation();
  const packs = useRoundDrawsStore((s) => s.packs);
  const [forms, setForms] = useState<SyncForm[]>([]);
  const [chosen, setChosen] = useState<KindForms>({});
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const kinds = DIRECTORY_INSTITUTION_KINDS.filter((kind) => record.selected.some((f) => f.kind === kind));
  const kindOfFiling = new Map(record.selected.map((f) => [f.filingId, f.kind]));

  // The forms come from main (the versions this office holds); the window never names one itself.
  useEffect(() => {
    let current = true;
    call('sync:forms', {})
      .then((list) => current && setForms(list))
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="card" aria-labelledby="round-packs-heading" data-testid="round-packs">
      <h2 id="round-packs-heading">{t('roundDraws.packs.heading')}</h2>
      <p className="lead-text">{t('roundDraws.packs.intro')}</p>
      <div className="form-grid">
        {kinds.map((kind) => (
          <label className="field" key={kind}>
            {t('roundDraws.packs.formFor', { kind: t(`institutions.kinds.${kind}`) })}
            <select
              value={chosen[kind] ?? ''}
              onChange={(e) => setChosen((c) => ({ ...c, [kind]: e.target.value }))}
              data-testid={`round-pack-form-${kind}`}
            >
              <option value="">{t('roundDraws.packs.chooseForm')}</option>
              {forms.map((form) => (
                <option key={form.hash} value={form.hash}>
                  {t('roundDraws.packs.formOption', { title: form.title, version: form.version, source: form.source })}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="field">
          {t('roundDraws.packs.passphrase')}
          <input
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="off"
            data-testid="round-pack-passphrase"
          />
        </label>
      </div>
      {problem && (
        <p role="alert" className="error">
          {t('errors.generic', { message: problem })}
        </p>
      )}
      {packs.length === 0 ? (
        <p className="empty-state">{t('roundDraws.packs.empty')}</p>
      ) : (
        <table className="data-table compact" data-testid="round-pack-list">
          <thead>
            <tr>
              <th scope="col">{t('roundDraws.packs.columns.leader')}</th>
              <th scope="col">{t('roundDraws.packs.columns.device')}</th>
              <th scope="col">{t('roundDraws.packs.columns.filings')}</th>
              <th scope="col">{t('roundDraws.packs.columns.state')}</th>
              <th scope="col">{t('roundDraws.packs.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((target) => (
              <PackRow
                key={target.leaderCode}
                roundUid={record.roundUid}
                target={target}
                kinds={[...new Set(target.filingIds.flatMap((id) => kindOfFiling.get(id) ?? []))]}
                forms={forms}
                chosen={chosen}
                passphrase={passphrase}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
