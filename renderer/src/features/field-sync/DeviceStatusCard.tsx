import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';

/** 本机状态: who this laptop is enrolled as, how the key is kept, and the last pack in and bundle out. */
export function DeviceStatusCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const sequence = (n: number, none: string) => (n > 0 ? t('fieldSync.status.sequence', { n }) : none);
  return (
    <section className="card" aria-labelledby="field-status-heading">
      <h2 id="field-status-heading">{t('fieldSync.status.heading')}</h2>
      <dl className="facts" data-testid="field-status">
        <dt>{t('fieldSync.status.role')}</dt>
        <dd>{t(`fieldSync.status.roles.${status.role === 'field' ? 'field' : 'none'}`)}</dd>
        {status.inspectorName && (
          <>
            <dt>{t('fieldSync.status.inspector')}</dt>
            <dd>{status.inspectorName}</dd>
          </>
        )}
        {status.deviceKey && (
          <>
            <dt>{t('fieldSync.status.device')}</dt>
            <dd className="mono">{status.deviceKey}</dd>
          </>
        )}
        {status.keyProtection && (
          <>
            <dt>{t('fieldSync.status.keyProtection')}</dt>
            <dd>{t(`fieldSync.status.keyProtections.${status.keyProtection}`)}</dd>
          </>
        )}
        <dt>{t('fieldSync.status.lastPack')}</dt>
        <dd>{sequence(status.lastPackSequence, t('fieldSync.status.noPack'))}</dd>
        <dt>{t('fieldSync.status.lastBundle')}</dt>
        <dd>{sequence(status.lastBundleSequence, t('fieldSync.status.noBundle'))}</dd>
      </dl>
    </section>
  );
}
