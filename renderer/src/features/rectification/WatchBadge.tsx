import { useTranslation } from 'react-i18next';
import type { RectificationWatch } from '../../../../shared/domain/rectification/types';

const watchBadge = { inProgress: 'badge-info', dueSoon: 'badge-warn', overdue: 'badge-danger' } as const;

/** 整改中 / 即将到期（剩 N 个工作日） / 整改逾期; nothing once the watch has nothing to say (decided). */
export function WatchBadge({ watch, workingDaysLeft }: { watch: RectificationWatch; workingDaysLeft: number }) {
  const { t } = useTranslation();
  if (watch === 'none') return null;
  return (
    <span className={`badge ${watchBadge[watch]}`} data-testid="rectification-watch" data-watch={watch}>
      {t(`rectification.watch.${watch}`, { count: workingDaysLeft })}
    </span>
  );
}
