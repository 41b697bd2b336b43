import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import { NATIONAL_LEVELS } from '../../../../shared/domain/validation/skill-level';
import { filingStatistics } from './filingStatistics';

/** 附件2 职业技能等级认定工作情况统计表, one row per filed occupation. */
export function FilingStatisticsTable({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const rows = filingStatistics(filing);
  return (
    <table className="data-table form-table compact">
      <caption>{t('institution.statistics.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('institution.statistics.occupation')}</th>
          <th scope="col">{t('institution.statistics.code')}</th>
          <th scope="col">{t('institution.statistics.workType')}</th>
          <th scope="col">{t('institution.statistics.batches')}</th>
          <th scope="col">{t('institution.statistics.personTimes')}</th>
          {NATIONAL_LEVELS.map((level) => (
            <th scope="col" key={level}>
              {t(`institution.statistics.cert.${level}`)}
            </th>
          ))}
          <th scope="col">{t('institution.statistics.subsidised')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.occupationId}>
            <td>{row.name}</td>
            <td className="mono">{row.code}</td>
            <td>{row.workType || '—'}</td>
            <td className="num">{row.batches}</td>
            <td className="num">{row.personTimes}</td>
            {NATIONAL_LEVELS.map((level) => (
              <td className="num" key={level}>
                {row.certificates[level]}
              </td>
            ))}
            <td className="num muted" title={t('institution.statistics.subsidisedUnknown')}>
              —
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
