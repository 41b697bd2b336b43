import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languages, type Language } from './language';
import { OfficeStoreCard } from './office-store/OfficeStoreCard';
import { useSettingsStore } from './settingsStore';
import { SetUpCard } from './setup/SetUpCard';

/** 设置: leaving the demo and choosing the role (while there is none), who the audit log names, this laptop's role, the office's store (本单位数据库), where the data lives, the version, the language. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const ids = { name: useId(), nameHint: useId(), language: useId() };
  const info = useSettingsStore((s) => s.info);
  const saving = useSettingsStore((s) => s.saving);
  const saved = useSettingsStore((s) => s.saved);
  const error = useSettingsStore((s) => s.error);
  const load = useSettingsStore((s) => s.load);
  const saveName = useSettingsStore((s) => s.saveName);
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const shownName = name ?? info?.inspectorName ?? '';
  const changed = shownName.trim() !== '' && shownName.trim() !== (info?.inspectorName ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveName(shownName).then(() => setName(null));
  }

  return (
    <section className="page narrow" aria-labelledby="settings-heading">
      <header className="page-header">
        <h1 id="settings-heading">{t('settings.heading')}</h1>
      </header>
      {error && (
        <p role="alert" className="error notice">
          {t('errors.generic', { message: error })}
        </p>
      )}

      {info && <SetUpCard role={info.role} />}

      <section className="card" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('settings.profile')}</h2>
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={ids.name}>{t('settings.name')}</label>
            <div className="inline-form">
              <input
                id={ids.name}
                value={shownName}
                maxLength={50}
                onChange={(e) => setName(e.target.value)}
                aria-describedby={ids.nameHint}
                readOnly={info ? !info.nameEditable : true}
                autoComplete="name"
              />
              {info?.nameEditable && (
                <button type="submit" className="button primary" disabled={saving || !changed}>
                  {saving ? t('settings.saving') : t('settings.save')}
                </button>
              )}
            </div>
            <span id={ids.nameHint} className="muted small">
              {info && !info.nameEditable ? t('settings.nameFromPack') : t('settings.nameHint', { fallback: info?.defaultActor ?? '' })}
            </span>
          </div>
          <p role="status" className="small ok-text status-line">
            {saved && !changed && t('settings.saved')}
          </p>
        </form>
      </section>

      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <div className="field field-narrow">
          <label htmlFor={ids.language}>{t('settings.languageLabel')}</label>
          <select id={ids.language} value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`settings.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </section>

      {info && <OfficeStoreCard role={info.role} />}

      <section className="card" aria-labelledby="settings-computer">
        <h2 id="settings-computer">{t('settings.computer')}</h2>
        {info ? (
          <dl className="facts">
            <dt>{t('settings.role')}</dt>
            <dd data-testid="settings-role">{t(`settings.roles.${info.role}`)}</dd>
            <dt>{t('settings.dataDir')}</dt>
            <dd className="mono path">{info.dataDir}</dd>
            <dt>{t('settings.database')}</dt>
            <dd className="mono path">{info.databasePath}</dd>
            <dt>{t('settings.version')}</dt>
            <dd>{info.appVersion}</dd>
          </dl>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </section>
    </section>
  );
}
