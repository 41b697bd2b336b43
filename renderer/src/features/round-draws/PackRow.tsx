import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionKind } from '../../../../shared/domain/double-random/types';
import type { RoundPackTarget } from '../../../../shared/ipc/channels/round-plans';
import type { SyncForm } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';
import type { KindForms } from './PacksSection';

interface PackDone {
  path: string;
  assignments: number;
  sequence: number;
}

/** One leader's laptop: its filings, why no pack can go yet (in words), or 导出任务包 → 另存为 (.skp). */
export function PackRow({
  roundUid,
  target,
  kinds,
  forms,
  chosen,
  passphrase,
}: {
  roundUid: string;
  target: RoundPackTarget;
  /** The kinds of institution this leader's filings are. */
  kinds: InstitutionKind[];
  forms: SyncForm[];
  chosen: KindForms;
  passphrase: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<PackDone | null>(null);
  const rowKey = target.deviceKey ?? target.leaderCode;

  async function exportPack(deviceKey: string) {
    setProblem(null);
    setDone(null);
    const missing = kinds.filter((kind) => !chosen[kind]);
    if (missing.length > 0) return setProblem(t('roundDraws.packs.needForm', { kinds: missing.map((k) => t(`institutions.kinds.${k}`)).join('、') }));
    if (!passphrase) return setProblem(t('roundDraws.packs.needPassphrase'));
    // The choice is a version's hash; the form id goes with it (both from sync:forms, never named here).
    const kindForms = kinds.flatMap((kind) => {
      const form = forms.find((f) => f.hash === chosen[kind]);
      return form ? [{ kind, templateId: form.id, templateHash: form.hash }] : [];
    });
    setBusy(true);
    try {
      const file = await call('files:chooseSave', { kind: 'sync-pack', title: t('roundDraws.packs.dialogTitle'), defaultName: `${deviceKey}.skp` });
      if (file.path === null) return;
      setDone(await call('roundPlans:exportPack', { roundUid, deviceKey, forms: kindForms, passphrase, path: file.path }));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-testid={`round-pack-row-${rowKey}`} className={target.problem ? 'row-differs' : undefined}>
      <th scope="row">
        {target.leaderName} <span className="mono muted small">{target.leaderCode}</span>
      </th>
      <td>
        {target.deviceLabel ?? '—'}
        {target.deviceKey && <div className="mono muted small">{target.deviceKey}</div>}
      </td>
      <td className="num">{target.filingIds.length}</td>
      <td>
        {target.problem ? <span className="error">{t(`roundDraws.packs.problems.${target.problem}`)}</span> : t('roundDraws.packs.ready')}
        {problem && (
          <p role="alert" className="error">
            {t('errors.generic', { message: problem })}
          </p>
        )}
        <div role="status" aria-live="polite">
          {done && (
            <div className="notice notice-ok" data-testid="round-pack-result">
              <p>{t('roundDraws.packs.done', { sequence: done.sequence, assignments: done.assignments })}</p>
              <p className="mono">{done.path}</p>
            </div>
          )}
        </div>
      </td>
      <td>
        {target.deviceKey && !target.problem && (
          <button
            type="button"
            className="button small"
            onClick={() => target.deviceKey && void exportPack(target.deviceKey)}
            disabled={busy}
            data-testid={`round-pack-export-${target.deviceKey}`}
          >
            {busy ? t('roundDraws.packs.busy') : t('roundDraws.packs.export')}
          </button>
        )}
      </td>
    </tr>
  );
}
