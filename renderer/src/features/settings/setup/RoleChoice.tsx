import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../../app/router/routes';
import { OfficeSetupForm } from './OfficeSetupForm';
import { useSetupStore } from './setupStore';

/** Step 2 on an empty, role-less database: the office's master database, or an inspector's laptop. */
export function RoleChoice() {
  const { t } = useTranslation();
  const startedFresh = useSetupStore((s) => s.startedFresh);
  const clearError = useSetupStore((s) => s.clearError);
  const [office, setOffice] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Right after leaving the demo the form that had focus is gone: focus goes to the question asked next.
  useEffect(() => {
    if (startedFresh) heading.current?.focus();
  }, [startedFresh]);

  function closeOfficeForm() {
    clearError();
    setOffice(false);
  }

  return (
    <div className="setup-roles">
      {startedFresh && (
        <p className="notice notice-info" data-testid="start-fresh-done">
          {t('settings.setup.started', { backup: startedFresh.backupName })}
        </p>
      )}
      <h3 ref={heading} tabIndex={-1}>
        {/* Once a role is picked, the heading says which, so the form below is not read as the question's answer. */}
        {office ? t('settings.setup.office.heading') : t('settings.setup.roleQuestion')}
      </h3>
      {office ? (
        <OfficeSetupForm onCancel={closeOfficeForm} />
      ) : (
        <ul className="setup-role-list">
          <li>
            <button type="button" className="button setup-role" onClick={() => setOffice(true)}>
              <strong>{t('settings.setup.office.choice')}</strong>
              <span className="setup-role-text">{t('settings.setup.office.explain')}</span>
            </button>
          </li>
          <li>
            <a className="button setup-role" href={routeHref({ name: 'sync' })}>
              <strong>{t('settings.setup.field.choice')}</strong>
              <span className="setup-role-text">{t('settings.setup.field.explain')}</span>
            </a>
          </li>
        </ul>
      )}
    </div>
  );
}
