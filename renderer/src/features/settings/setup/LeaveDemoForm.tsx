import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { START_FRESH_CONFIRMATION } from '../../../../../shared/ipc/channels/app';
import { FormFeedback } from '../../forms/FormFeedback';
import { useSetupStore } from './setupStore';

/** Step 1: what leaving the demo does, confirmed by typing the word (a click alone is too easy to make by mistake). */
export function LeaveDemoForm() {
  const { t } = useTranslation();
  const ids = { word: useId(), hint: useId() };
  const busy = useSetupStore((s) => s.busy);
  const error = useSetupStore((s) => s.error);
  const startFresh = useSetupStore((s) => s.startFresh);
  const [word, setWord] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (word.trim() !== START_FRESH_CONFIRMATION) {
      setProblem(t('settings.setup.leaveDemo.typeTheWord', { word: START_FRESH_CONFIRMATION }));
      return;
    }
    setProblem(null);
    void startFresh();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="notice notice-info">
        <p>{t('settings.setup.leaveDemo.what')}</p>
        <ul>
          <li>{t('settings.setup.leaveDemo.demoRemoved')}</li>
          <li>{t('settings.setup.leaveDemo.backupKept')}</li>
          <li>{t('settings.setup.leaveDemo.nextRole')}</li>
        </ul>
      </div>
      <div className="field field-narrow">
        <label htmlFor={ids.word}>{t('settings.setup.leaveDemo.label', { word: START_FRESH_CONFIRMATION })}</label>
        <input
          id={ids.word}
          value={word}
          onChange={(e) => setWord(e.target.value)}
          aria-describedby={ids.hint}
          aria-invalid={problem ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={busy}
        />
        <span id={ids.hint} className="muted small">
          {t('settings.setup.leaveDemo.hint', { word: START_FRESH_CONFIRMATION })}
        </span>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('settings.setup.leaveDemo.busy') : t('settings.setup.leaveDemo.submit')}
        </button>
      </div>
      <FormFeedback problem={problem ?? (error ? t('settings.setup.failed', { message: error }) : null)}>{null}</FormFeedback>
    </form>
  );
}
