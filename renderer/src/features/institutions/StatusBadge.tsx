import type { ListedFilingStatus } from '../../../../shared/ipc/channels/institutions';

/** Tone per status: red needs action now, amber soon, grey for facts, green for normal. */
const TONES: Record<ListedFilingStatus, 'danger' | 'warn' | 'info' | 'ok'> = {
  notRenewed: 'danger',
  deemedAbandoned: 'danger',
  idleTwoYears: 'danger',
  overdue: 'danger',
  filedUnderOneYear: 'info',
  assessmentGrace: 'warn',
  expiredAwaitingDecision: 'warn',
  renewalWindow: 'warn',
  renewalApplied: 'info',
  active: 'ok',
  unknown: 'info',
};

export function StatusBadge({ status, label }: { status: ListedFilingStatus; label: string }) {
  return <span className={`badge badge-${TONES[status]}`}>{label}</span>;
}
