import { useTranslation } from 'react-i18next';
import type { RectificationWatch } from '../../../../shared/domain/rectification/types';

const TONES: Record<Exclude<RectificationWatch, 'none'>, 'danger' | 'warn' | 'info'> = { inProgress: 'info', dueSoon: 'warn', overdue: 'danger' };

interface Props {
  rectification: { watch: RectificationWatch; dueOn: string; workingDaysLeft?: number } | null;
}

/** 整改中 / 即将到期（剩 N 个工作日） / 整改逾期 beside the filing status; nothing without an open rectification. */
export function RectificationBadge({ rectification }: Props) {
  const { t } = useTranslation();
  if (!rectification || rectification.watch === 'none') return null;
  const { watch, dueOn, workingDaysLeft } = rectification;
  const label =
    watch === 'dueSoon' && workingDaysLeft !== undefined
      ? t('rectificationWatch.dueSoonDays', { days: Math.max(workingDaysLeft, 0) })
      : t(`rectificationWatch.${watch}`);
  return (
    <span
      className={`badge badge-${TONES[watch]}`}
      data-testid="rectification-badge"
      data-watch={watch}
      title={t('rectificationWatch.due', { date: dueOn })}
    >
      {label}
    </span>
  );
}
