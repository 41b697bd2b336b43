import { useTranslation } from 'react-i18next';
import type { RectificationResponseView } from '../../../../shared/domain/rectification/types';
import { useRectificationStore } from './rectificationStore';

/** The institution's responses as recorded: when received, what it says, its evidence files (each opens). */
export function ResponsesList({ responses }: { responses: RectificationResponseView[] }) {
  const { t } = useTranslation();
  const { busy, openFile } = useRectificationStore();
  if (responses.length === 0) return <p className="muted">{t('rectification.responses.none')}</p>;
  return (
    <ul className="plain-list" data-testid="rectification-responses">
      {responses.map((response) => (
        <li key={response.id} className="card">
          <p>
            <strong>{t('rectification.responses.receivedOn', { date: response.receivedOn })}</strong>{' '}
            <span className="small muted">{t('rectification.responses.recorded', { by: response.recordedBy, at: response.recordedAt })}</span>
          </p>
          <p className="rule-text">{response.summary}</p>
          {response.files.length > 0 && (
            <ul className="plain-list">
              {response.files.map((file) => (
                <li key={file.id}>
                  <button
                    type="button"
                    className="button-link file-link"
                    onClick={() => void openFile(file.id, file.name)}
                    disabled={busy}
                    title={t('rectification.responses.openLabel', { name: file.name })}
                  >
                    {t('rectification.responses.file', { name: file.name, kb: Math.max(1, Math.round(file.bytes / 1024)) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
