import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RESPONSE_FILE_BYTES, responseFileMimeTypes } from '../../../../shared/ipc/channels/rectifications';
import { todayIso } from '../../lib/today';
import { readFileBase64 } from '../evidence/readFileBase64';
import { useRectificationStore } from './rectificationStore';

type Mime = (typeof responseFileMimeTypes)[number];
const MAX_FILES = 20;

/** 登记整改情况: the day it was received, the institution's account, its evidence (scans, photos, PDFs) read as base64. */
export function ResponseForm() {
  const { t } = useTranslation();
  const { busy, respond } = useRectificationStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const [receivedOn, setReceivedOn] = useState(todayIso);
  const [summary, setSummary] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  function choose(list: FileList | null) {
    setProblem(null);
    const chosen = [...(list ?? [])];
    if (chosen.some((f) => !(responseFileMimeTypes as readonly string[]).includes(f.type))) return setProblem(t('rectification.respond.badType'));
    if (chosen.some((f) => f.size > MAX_RESPONSE_FILE_BYTES))
      return setProblem(t('rectification.respond.tooLarge', { mb: MAX_RESPONSE_FILE_BYTES / 1024 / 1024 }));
    if (chosen.length > MAX_FILES) return setProblem(t('rectification.respond.tooMany', { max: MAX_FILES }));
    setFiles(chosen);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!receivedOn) return setProblem(t('rectification.respond.needDate'));
    if (!summary.trim()) return setProblem(t('rectification.respond.needSummary'));
    const encoded = await Promise.all(files.map(async (f) => ({ name: f.name, mime: f.type as Mime, dataBase64: await readFileBase64(f) })));
    if (await respond({ receivedOn, summary: summary.trim(), files: encoded })) {
      setSummary('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rectification-respond-heading">
      <h4 id="rectification-respond-heading">{t('rectification.respond.heading')}</h4>
      <label className="field field-narrow">
        {t('rectification.respond.receivedOn')}
        <input type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} required aria-required="true" disabled={busy} />
      </label>
      <label className="field">
        {t('rectification.respond.summary')}
        <textarea
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          rows={4}
          maxLength={4000}
          required
          aria-required="true"
          disabled={busy}
          data-testid="response-summary"
        />
      </label>
      <label className="field">
        {t('rectification.respond.files', { mb: MAX_RESPONSE_FILE_BYTES / 1024 / 1024 })}
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={responseFileMimeTypes.join(',')}
          onChange={(e) => choose(e.target.files)}
          disabled={busy}
          data-testid="response-files"
        />
      </label>
      {files.length > 0 && <p className="small muted">{t('rectification.respond.chosen', { names: files.map((f) => f.name).join('、') })}</p>}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="response-submit">
          {busy ? t('rectification.respond.busy') : t('rectification.respond.submit')}
        </button>
      </div>
    </form>
  );
}
