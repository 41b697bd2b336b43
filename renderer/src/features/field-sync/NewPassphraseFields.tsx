import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_KEY_PASSPHRASE_LENGTH } from '../../../../shared/ipc/channels/sync';

/**
 * 设置本机口令, twice: where no system keychain keeps the signing key, this passphrase encrypts it instead of the PIN.
 * The rule (at least 12 characters, not only digits) is said before anything is typed.
 */
export function NewPassphraseFields({
  value,
  again,
  onChange,
  onAgainChange,
  invalid,
  disabled,
}: {
  value: string;
  again: string;
  onChange(text: string): void;
  onAgainChange(text: string): void;
  invalid: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const ids = { first: useId(), again: useId(), hint: useId() };
  return (
    <fieldset className="new-passphrase">
      <legend>{t('fieldSync.passphrase.newLegend')}</legend>
      <p id={ids.hint} className="muted small">
        {t('fieldSync.passphrase.newHint', { min: MIN_KEY_PASSPHRASE_LENGTH })}
      </p>
      <div className="field">
        <label htmlFor={ids.first}>{t('fieldSync.passphrase.newLabel', { min: MIN_KEY_PASSPHRASE_LENGTH })}</label>
        <input
          id={ids.first}
          type="password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.hint}
          aria-invalid={invalid || undefined}
          disabled={disabled}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.again}>{t('fieldSync.passphrase.newAgain')}</label>
        <input
          id={ids.again}
          type="password"
          value={again}
          onChange={(e) => onAgainChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
        />
      </div>
    </fieldset>
  );
}
