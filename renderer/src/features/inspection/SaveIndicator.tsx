import { useTranslation } from 'react-i18next';
import { useInspectionStore } from './inspectionStore';

/** A discreet 已保存 / 正在保存; a failure says what happened in plain words. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useInspectionStore((s) => s.save);
  const status = save.error ? 'error' : save.pending > 0 ? 'saving' : save.savedAt ? 'saved' : 'idle';
  return (
    <span className={`save-indicator save-${status}`} role="status" data-testid="save-indicator" data-state={status}>
      {status === 'error' && t('save.failed', { message: save.error })}
      {status === 'saving' && t('save.saving')}
      {status === 'saved' && t('save.saved', { time: save.savedAt?.toLocaleTimeString('zh-CN', { hour12: false }) })}
      {status === 'idle' && t('save.auto')}
    </span>
  );
}
