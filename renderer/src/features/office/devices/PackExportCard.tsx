import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncForm, SyncPackExportResult } from '../../../../../shared/ipc/channels/sync';
import { useSyncStatusStore } from '../../../app/syncStatusStore';
import { call, errorMessage } from '../../../lib/call';
import { FormFeedback } from '../../forms/FormFeedback';
import { FilingPicker, type FormChoices } from './FilingPicker';
import { FollowUpPicker, type FollowUpChoice } from './FollowUpPicker';
import { PackRoundSelect } from './PackRoundSelect';

/** 导出任务包 for one enrolled laptop: filings to add, each with its form, office passphrase → 另存为 (.skp) → what was written where. */
export function PackExportCard({ deviceKey, onClose }: { deviceKey: string; onClose(): void }) {
  const { t } = useTranslation();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const [selected, setSelected] = useState<FormChoices>(new Map());
  const [forms, setForms] = useState<SyncForm[]>([]);
  const [roundUid, setRoundUid] = useState('');
  const [followUps, setFollowUps] = useState<FollowUpChoice[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<SyncPackExportResult | null>(null);

  // The forms come from main (the templates the app knows); the window never names one itself.
  useEffect(() => {
    let current = true;
    call('sync:forms', {})
      .then((list) => current && setForms(list))
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    if ([...selected.values()].some((hash) => hash === '')) return setProblem(t('office.pack.needForm'));
    if (followUps.some((f) => f.rectificationUid === '')) return setProblem(t('office.pack.needRectification'));
    if (!passphrase) return setProblem(t('office.pack.needPassphrase'));
    setBusy(true);
    try {
      const chosen = await call('files:chooseSave', { kind: 'sync-pack', title: t('office.pack.dialogTitle'), defaultName: `${deviceKey}.skp` });
      if (chosen.path === null) return;
      const secret = passphrase;
      setPassphrase('');
      // The picker's choice is a version's hash; the form id goes with it (both from sync:forms, never named here).
      const assessments = [...selected].flatMap(([filingId, hash]) => {
        const form = forms.find((f) => f.hash === hash);
        return form ? [{ filingId, templateId: form.id, templateHash: form.hash, ...(roundUid ? { roundUid } : {}) }] : [];
      });
      // A follow-up names only its rectification and scope: main takes filing, form version and round from it.
      const assignments = [...assessments, ...followUps.map(({ rectificationUid, scope }) => ({ rectificationUid, scope }))];
      setResult(await call('sync:exportPack', { deviceKey, assignments, passphrase: secret, path: chosen.path }));
      await reloadStatus();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="office-pack-heading">
      <h2 id="office-pack-heading">{t('office.pack.heading', { device: deviceKey })}</h2>
      <p className="lead-text">{t('office.pack.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <PackRoundSelect value={roundUid} onChange={setRoundUid} disabled={busy} />
        <FilingPicker selected={selected} forms={forms} onChange={setSelected} disabled={busy} />
        <FollowUpPicker followUps={followUps} onChange={setFollowUps} disabled={busy} />
        <label className="field">
          {t('office.pack.passphrase')}
          <input
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="off"
            required
            aria-required="true"
            disabled={busy}
          />
        </label>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('office.pack.busy') : t('office.pack.submit')}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('office.pack.close')}
          </button>
        </div>
      </form>
      <FormFeedback problem={problem}>
        {result && (
          <div className="notice notice-ok" data-testid="pack-result">
            <p>
              {t('office.pack.done', {
                sequence: result.sequence,
                assignments: result.assignments,
                filings: result.filings,
                candidates: result.candidates,
              })}
            </p>
            <p className="mono">{result.path}</p>
            <p>{t('office.pack.handOver')}</p>
          </div>
        )}
      </FormFeedback>
    </section>
  );
}
