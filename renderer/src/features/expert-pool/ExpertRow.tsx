import { useTranslation } from 'react-i18next';
import type { ExpertView } from '../../../../shared/ipc/channels/experts';
import { useExpertPoolStore } from './expertPoolStore';

/** One expert: the ID number only as main masked it; 编辑 opens the form, 停用/启用 asks main at once. */
export function ExpertRow({ expert }: { expert: ExpertView }) {
  const { t } = useTranslation();
  const { busy, edit, setActive } = useExpertPoolStore();
  return (
    <tr data-testid={`expert-row-${expert.code}`} className={expert.active ? undefined : 'row-superseded'}>
      <td className="mono nowrap">{expert.code}</td>
      <th scope="row">{expert.name}</th>
      <td className="mono nowrap">{expert.idNumberMasked}</td>
      <td>
        {expert.employerName ?? '—'}
        {expert.employerUscc && <div className="mono muted small">{expert.employerUscc}</div>}
      </td>
      <td>{expert.region ?? '—'}</td>
      <td className="mono small">{expert.specialties.join(', ') || '—'}</td>
      <td className="nowrap">{expert.roles.map((role) => t(`expertPool.roles.${role}`)).join('、')}</td>
      <td className="nowrap">{t(expert.active ? 'expertPool.status.active' : 'expertPool.status.inactive')}</td>
      <td className="mono small">{expert.deviceKey ?? '—'}</td>
      <td className="num">{expert.conflicts.length}</td>
      <td className="row-actions nowrap">
        <button
          type="button"
          className="button small"
          onClick={() => edit({ mode: 'edit', expert })}
          disabled={busy}
          aria-label={t('expertPool.editLabel', { name: expert.name })}
          data-testid={`expert-edit-${expert.code}`}
        >
          {t('expertPool.edit')}
        </button>{' '}
        <button
          type="button"
          className="button small"
          onClick={() => void setActive(expert, !expert.active)}
          disabled={busy}
          aria-label={t(expert.active ? 'expertPool.deactivateLabel' : 'expertPool.activateLabel', { name: expert.name })}
          data-testid={`expert-toggle-${expert.code}`}
        >
          {t(expert.active ? 'expertPool.deactivate' : 'expertPool.activate')}
        </button>
      </td>
    </tr>
  );
}
