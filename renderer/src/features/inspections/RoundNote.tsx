import { useTranslation } from 'react-i18next';
import { defaultRoundName } from '../../../../shared/domain/rounds/types';
import type { FilingAssignment } from '../../lib/roundsContract';

/**
 * Which assessment round the new inspection will belong to: the round the office's assignment names, or else one this
 * laptop opens for the inspection's year (the handler decides; this says what to expect).
 */
export function RoundNote({ assignment, inspectionDate }: { assignment: FilingAssignment | null; inspectionDate: string }) {
  const { t } = useTranslation();
  const year = Number(inspectionDate.slice(0, 4));
  return (
    <p className="muted" data-testid="new-inspection-round">
      {assignment?.roundName
        ? t('newInspection.round.assigned', { name: assignment.roundName })
        : t('newInspection.round.device', { name: Number.isInteger(year) && year >= 2000 ? defaultRoundName(year) : '—' })}
    </p>
  );
}
