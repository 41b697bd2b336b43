import { useTranslation } from 'react-i18next';
import type { SettingsInfo } from '../../../../../shared/ipc/channels/settings';
import { LeaveDemoForm } from './LeaveDemoForm';
import { RoleChoice } from './RoleChoice';

/**
 * 开始正式使用, for office staff and inspectors who never see a command line: shown on the demo database (leave it)
 * and on an empty database without a role (choose office or field). Gone once the database has its role.
 */
export function SetUpCard({ role }: { role: SettingsInfo['role'] }) {
  const { t } = useTranslation();
  if (role !== 'demo' && role !== 'unset') return null;
  return (
    <section className="card setup-card" aria-labelledby="settings-setup">
      <h2 id="settings-setup">{t('settings.setup.heading')}</h2>
      {role === 'demo' ? <LeaveDemoForm /> : <RoleChoice />}
    </section>
  );
}
