import { useTranslation } from 'react-i18next';
import { useInspectionStore } from './inspectionStore';

/** The assessment round the open inspection belongs to (none for inspections made before rounds existed). */
export function RoundTag() {
  const { t } = useTranslation();
  const round = useInspectionStore((s) => s.round);
  if (!round) return null;
  return (
    <span className="muted small" data-testid="inspection-round">
      {t('followUp.round', { name: round.name })}
      {round.origin === 'device' && <span className="badge badge-info">{t('history.deviceRound')}</span>}
    </span>
  );
}
