import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SKILL_LEVEL_LABELS } from '../../../../shared/domain/validation/skill-level';
import { routeHref } from '../../app/router/routes';
import { ExportStatisticsButton } from '../exports/ExportStatisticsButton';
import { BatchList } from './BatchList';
import { FilingHistorySection } from './FilingHistorySection';
import { FilingRectificationBadge } from './FilingRectificationBadge';
import { FilingStatisticsTable } from './FilingStatisticsTable';
import { useInstitutionDetailStore } from './institutionDetailStore';
import { InstitutionInspections } from './InstitutionInspections';
import { StatusBadge } from './StatusBadge';

export function InstitutionDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useInstitutionDetailStore((s) => (s.detail?.id === id ? s.detail : null));
  const error = useInstitutionDetailStore((s) => s.error);
  const load = useInstitutionDetailStore((s) => s.load);

  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (error)
    return (
      <p role="alert" className="error">
        {t('errors.generic', { message: error })}
      </p>
    );
  if (!detail) return <p className="muted">{t('app.loading')}</p>;
  return (
    <section className="page" aria-labelledby="institution-heading">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <a href={routeHref({ name: 'institutions' })}>{t('institutions.heading')}</a> / <span>{detail.name}</span>
      </nav>
      <header className="page-header">
        <h1 id="institution-heading">{detail.name}</h1>
        {detail.demo && <span className="tag-demo">{t('app.demoBadge')}</span>}
      </header>
      <dl className="facts">
        <dt>{t('institution.uscc')}</dt>
        <dd className="mono">{detail.uscc}</dd>
        <dt>{t('institution.region')}</dt>
        <dd>{detail.region ?? '—'}</dd>
        <dt>{t('institution.address')}</dt>
        <dd>{detail.address ?? '—'}</dd>
        <dt>{t('institution.contact')}</dt>
        <dd>{[detail.contact, detail.phone].filter(Boolean).join('，') || '—'}</dd>
      </dl>
      <InstitutionInspections />
      {detail.filings.map((filing) => (
        <section key={filing.id} className="card" aria-labelledby={`filing-${filing.id}`}>
          <header className="card-header">
            <h2 id={`filing-${filing.id}`}>
              {t(`institutions.kinds.${filing.kind}`)} · <span className="mono">{filing.filingNo}</span>
            </h2>
            <StatusBadge status={filing.status} label={filing.statusLabel} />
            <FilingRectificationBadge filingId={filing.id} />
            <a className="button primary" href={routeHref({ name: 'newInspection', institutionId: detail.id, filingId: filing.id })}>
              {t('institution.startInspection')}
            </a>
          </header>
          <p className="muted">
            {t('institution.filingFacts', {
              name: filing.listedName,
              year: filing.filingYear,
              from: filing.validFrom ?? '—',
              to: filing.validTo ?? '—',
            })}
          </p>
          <FilingHistorySection filingId={filing.id} />
          <h3>{t('institution.occupations')}</h3>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('institution.statistics.occupation')}</th>
                <th scope="col">{t('institution.statistics.code')}</th>
                <th scope="col">{t('institution.statistics.workType')}</th>
                <th scope="col">{t('institution.levels')}</th>
              </tr>
            </thead>
            <tbody>
              {filing.occupations.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td className="mono">{o.code}</td>
                  <td>{o.workType || '—'}</td>
                  <td>{o.levels.map((level) => SKILL_LEVEL_LABELS[level]).join('、')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('institution.batches')}</h3>
          <BatchList filing={filing} />
          <FilingStatisticsTable filing={filing} />
          <ExportStatisticsButton filing={filing} />
        </section>
      ))}
    </section>
  );
}
