import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getTemplate, listTemplates } from '../../../../shared/domain/templates';
import { navigate, routeHref } from '../../app/router/routes';
import { useInstitutionDetailStore } from '../institutions/institutionDetailStore';
import { useNewInspectionStore } from './newInspectionStore';
import { PanelMembersField } from './PanelMembersField';
import { templateWarnings } from './templateWarnings';

const DEFAULT_TEMPLATE = 'shanxi-renewal-2023';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function NewInspectionPage({ institutionId, filingId }: { institutionId: number; filingId: number | null }) {
  const { t } = useTranslation();
  const detail = useInstitutionDetailStore((s) => (s.detail?.id === institutionId ? s.detail : null));
  const load = useInstitutionDetailStore((s) => s.load);
  const { creating, error, create } = useNewInspectionStore();
  const [chosenFiling, setChosenFiling] = useState<number | null>(filingId);
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE);
  const [panel, setPanel] = useState<string[]>(['', '']);
  const [date, setDate] = useState(today);
  const [site, setSite] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void load(institutionId);
  }, [institutionId, load]);

  if (!detail) return <p className="muted">{t('app.loading')}</p>;
  const filing = chosenFiling ?? detail.filings[0]?.id ?? null;
  const template = getTemplate(templateId);
  const warnings = templateWarnings(template);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const names = panel.map((n) => n.trim()).filter(Boolean);
    if (filing === null) return setProblem(t('newInspection.needFiling'));
    if (names.length === 0) return setProblem(t('newInspection.needPanel'));
    setProblem(null);
    const created = await create({
      institutionId,
      filingId: filing,
      templateId,
      panel: names.map((name, i) => ({ name, role: i === 0 ? 'lead' : 'member' })),
      inspectionDate: date,
      site: (site ?? detail?.address ?? '').trim(),
    });
    if (created) navigate({ name: 'inspection', id: created.id, step: 'sampling' });
  }

  return (
    <section className="page narrow" aria-labelledby="new-inspection-heading">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <a href={routeHref({ name: 'institutions' })}>{t('institutions.heading')}</a> /{' '}
        <a href={routeHref({ name: 'institution', id: institutionId })}>{detail.name}</a> / <span>{t('newInspection.heading')}</span>
      </nav>
      <h1 id="new-inspection-heading">{t('newInspection.heading')}</h1>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="new-filing">{t('newInspection.filing')}</label>
          <select id="new-filing" value={filing ?? ''} onChange={(e) => setChosenFiling(Number(e.target.value))}>
            {detail.filings.map((f) => (
              <option key={f.id} value={f.id}>
                {`${f.listedName}（${f.filingNo}，${t(`institutions.kinds.${f.kind}`)}，${f.statusLabel}）`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-template">{t('newInspection.template')}</label>
          <select id="new-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {listTemplates().map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {`${tpl.title}（${tpl.source.notice}${tpl.source.attachment}）`}
              </option>
            ))}
          </select>
        </div>
        {warnings.length > 0 && (
          <div className="notice notice-warn" role="note" data-testid="template-warnings">
            <strong>{t('newInspection.templateWarnings')}</strong>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <PanelMembersField names={panel} onChange={setPanel} />
        <div className="field">
          <label htmlFor="new-date">{t('newInspection.date')}</label>
          <input id="new-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="new-site">{t('newInspection.site')}</label>
          <input id="new-site" value={site ?? detail.address ?? ''} maxLength={300} onChange={(e) => setSite(e.target.value)} />
        </div>
        {(problem ?? error) && (
          <p role="alert" className="error">
            {problem ?? error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={creating}>
            {t('newInspection.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
