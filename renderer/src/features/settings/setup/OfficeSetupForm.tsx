import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_OFFICE_PASSPHRASE_LENGTH } from '../../../../../shared/ipc/channels/sync';
import { routeHref } from '../../../app/router/routes';
import { FormFeedback } from '../../forms/FormFeedback';
import { useSetupStore } from './setupStore';

type Problem = 'name' | 'passphrase' | 'repeat' | null;

/** 本单位（办公室）: the office's name and the passphrase of its root key, typed twice because it cannot be recovered. */
export function OfficeSetupForm({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  const ids = { name: useId(), hint: useId() };
  const busy = useSetupStore((s) => s.busy);
  const error = useSetupStore((s) => s.error);
  const initOffice = useSetupStore((s) => s.initOffice);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => nameInput.current?.focus(), []);

  function check(): Problem {
    if (name.trim() === '') return 'name';
    if (passphrase.length < MIN_OFFICE_PASSPHRASE_LENGTH) return 'passphrase';
    if (repeat !== passphrase) return 'repeat';
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setProblem(found);
    if (found) return;
    const done = await initOffice(name.trim(), passphrase);
    // The passphrase is never kept, whatever the outcome.
    setPassphrase('');
    setRepeat('');
    if (done) window.location.hash = routeHref({ name: 'office', tab: 'review' });
  }

  const message =
    problem === 'name'
      ? t('settings.setup.office.nameMissing')
      : problem === 'passphrase'
        ? t('settings.setup.office.tooShort', { min: MIN_OFFICE_PASSPHRASE_LENGTH })
        : problem === 'repeat'
          ? t('settings.setup.office.mismatch')
          : error
            ? t('settings.setup.failed', { message: error })
            : null;

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('settings.setup.office.form')}>
      <div className="field">
        <label htmlFor={ids.name}>{t('settings.setup.office.name')}</label>
        <input
          id={ids.name}
          ref={nameInput}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('settings.setup.office.namePlaceholder')}
          aria-invalid={problem === 'name' || undefined}
          autoComplete="organization"
          disabled={busy}
        />
      </div>
      <div className="form-grid">
        <NewPassphraseField
          label={t('settings.setup.office.passphrase', { min: MIN_OFFICE_PASSPHRASE_LENGTH })}
          value={passphrase}
          onChange={setPassphrase}
          invalid={problem === 'passphrase'}
          describedBy={ids.hint}
          disabled={busy}
        />
        <NewPassphraseField
          label={t('settings.setup.office.repeat')}
          value={repeat}
          onChange={setRepeat}
          invalid={problem === 'repeat'}
          disabled={busy}
        />
      </div>
      <p id={ids.hint} className="notice notice-warn">
        {t('settings.setup.office.remember', { min: MIN_OFFICE_PASSPHRASE_LENGTH })}
      </p>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('settings.setup.office.busy') : t('settings.setup.office.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
      <FormFeedback problem={message}>{null}</FormFeedback>
    </form>
  );
}

/** A new secret typed by the user: masked, and marked for password managers as new, never as a login. */
function NewPassphraseField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  describedBy?: string;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="password"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        autoComplete="new-password"
        spellCheck={false}
        disabled={props.disabled}
      />
    </div>
  );
}
