import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeStoreChoice } from '../../../../../shared/ipc/channels/office-store';
import { SSL_MODES, type Draft, type ServerField, type SslMode } from './draft';

interface Props {
  draft: Draft;
  onChange(patch: Partial<Draft>): void;
  password: string;
  onPassword(password: string): void;
  choice: OfficeStoreChoice;
  invalid: ReadonlySet<ServerField>;
  disabled: boolean;
}

/** 服务器, 端口, 数据库名, 用户名, 密码 (never prefilled: a saved one stays in the keychain) and the SSL mode. */
export function PostgresFields({ draft, onChange, password, onPassword, choice, invalid, disabled }: Props) {
  const { t } = useTranslation();
  const ids = {
    host: useId(),
    port: useId(),
    database: useId(),
    user: useId(),
    password: useId(),
    passwordHint: useId(),
    ssl: useId(),
  };
  const text = (
    field: 'host' | 'port' | 'database' | 'user',
    autoComplete: string,
    extra: { inputMode?: 'numeric'; placeholder?: string; maxLength: number },
  ) => (
    <div className="field">
      <label htmlFor={ids[field]}>{t(`settings.officeStore.${field}`)}</label>
      <input
        id={ids[field]}
        value={draft[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        aria-invalid={invalid.has(field) || undefined}
        placeholder={extra.placeholder}
        inputMode={extra.inputMode}
        maxLength={extra.maxLength}
        autoComplete={autoComplete}
        spellCheck={false}
        disabled={disabled}
      />
    </div>
  );
  const passwordHint = !choice.keychainAvailable
    ? t('settings.officeStore.noKeychain')
    : choice.passwordSaved
      ? t('settings.officeStore.passwordSaved')
      : t('settings.officeStore.passwordWillBeSaved');

  return (
    <>
      <div className="form-grid">
        {text('host', 'off', { placeholder: t('settings.officeStore.hostHint'), maxLength: 255 })}
        {text('port', 'off', { inputMode: 'numeric', maxLength: 5 })}
        {text('database', 'off', { maxLength: 63 })}
        {text('user', 'username', { maxLength: 63 })}
        <div className="field">
          <label htmlFor={ids.password}>{t('settings.officeStore.password')}</label>
          <input
            id={ids.password}
            type="password"
            value={password}
            onChange={(e) => onPassword(e.target.value)}
            aria-invalid={invalid.has('password') || undefined}
            aria-describedby={ids.passwordHint}
            maxLength={1000}
            autoComplete="new-password"
            spellCheck={false}
            disabled={disabled}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.ssl}>{t('settings.officeStore.sslmode')}</label>
          <select
            id={ids.ssl}
            value={draft.sslmode}
            onChange={(e) => onChange({ sslmode: e.target.value as SslMode | '' })}
            aria-invalid={invalid.has('sslmode') || undefined}
            disabled={disabled}
          >
            <option value="">{t('settings.officeStore.sslmodes.none')}</option>
            {SSL_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`settings.officeStore.sslmodes.${mode}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={ids.passwordHint} className={choice.keychainAvailable ? 'muted small' : 'notice notice-warn'} data-testid="office-store-password-hint">
        {passwordHint}
      </p>
    </>
  );
}
