import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretFieldProps {
  value: string;
  onChange(secret: string): void;
  hint: string;
  invalid: boolean;
  disabled: boolean;
  /** The PIN unless said otherwise (本机口令). */
  label?: string;
}

/**
 * The certificate PIN or the local passphrase: masked, never autofilled or remembered by the browser, kept only in the
 * form's own state and cleared after each attempt by the form.
 */
export function PinField({ value, onChange, hint, invalid, disabled, label }: SecretFieldProps) {
  const { t } = useTranslation();
  const ids = { input: useId(), hint: useId() };
  return (
    <div className="field pin-field">
      <label htmlFor={ids.input}>{label ?? t('fieldSync.pin.label')}</label>
      <input
        id={ids.input}
        type="password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={ids.hint}
        aria-invalid={invalid || undefined}
        disabled={disabled}
      />
      <span id={ids.hint} className="muted small">
        {hint}
      </span>
    </div>
  );
}
