import { useTranslation } from 'react-i18next';
import type { FilingHistory } from '../../../../shared/ipc/channels/rounds';
import type { FilingAssignment } from '../../lib/roundsContract';

interface Props {
  assignments: FilingAssignment[];
  history: FilingHistory | null;
  disabled: boolean;
  onStart(assignment: FilingAssignment): void;
}

/** The office's follow-up tasks (整改复查) for the filing: each starts an inspection linked to its rectification. */
export function FollowUpAssignments({ assignments, history, disabled, onStart }: Props) {
  const { t } = useTranslation();
  if (assignments.length === 0) return null;
  const rectifications = new Map(history?.rounds.flatMap((r) => r.rectifications.map((x) => [x.uid, x] as const)) ?? []);
  return (
    <div className="notice notice-warn" role="note" data-testid="follow-up-assignments">
      <strong>{t('newInspection.followUp.heading')}</strong>
      <ul className="plain-list">
        {assignments.map((assignment) => {
          const rectification = assignment.rectificationUid ? rectifications.get(assignment.rectificationUid) : undefined;
          return (
            <li key={assignment.uid}>
              <span>
                {t('newInspection.followUp.task', {
                  outcome: rectification?.outcomeLabel ?? '—',
                  dueOn: rectification?.dueOn ?? '—',
                  scope: t(`history.scopes.${assignment.scope ?? 'full'}`),
                })}
              </span>{' '}
              <button type="button" className="button primary" data-testid="follow-up-start" disabled={disabled} onClick={() => onStart(assignment)}>
                {t('newInspection.followUp.start')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
