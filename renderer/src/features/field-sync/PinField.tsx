import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The certificate PIN: masked, never autofilled or remembered by the browser, kept only in the form's own state and
 * cleared after each attempt by the form.
 */
export function PinField({ value, onChange, hint, invalid, disabled }: { value: string; onChange(pin: string): void; hint: string; invalid: boolean; disabled: boolean }) {
  const { t } = useTranslation();
  const ids = { input: useId(), hint: useId() };
  return (
    <div className="field pin-field">
      <label htmlFor={ids.input}>{t('fieldSync.pin.label')}</label>
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
