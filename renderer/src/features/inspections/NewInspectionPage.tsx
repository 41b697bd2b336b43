import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/router/routes';
import { useInstitutionDetailStore } from '../institutions/institutionDetailStore';
import { useTemplatesStore } from '../templates/templatesStore';
import { useNewInspectionStore } from './newInspectionStore';
import { PanelMembersField } from './PanelMembersField';
import { templateWarnings } from './templateWarnings';

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
  const summaries = useTemplatesStore((s) => s.summaries);
  const templatesError = useTemplatesStore((s) => s.error);
  const loadTemplates = useTemplatesStore((s) => s.loadList);
  const loadTemplate = useTemplatesStore((s) => s.loadTemplate);
  const [chosenHash, setChosenHash] = useState<string | null>(null);
  const [panel, setPanel] = useState<string[]>(['', '']);
  const [date, setDate] = useState(today);
  const [site, setSite] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Only current versions are offered for a new inspection; superseded ones stay for the inspections that pinned them.
  const offered = (summaries ?? []).filter((s) => s.current);
  const chosen = offered.find((s) => s.hash === chosenHash) ?? offered[0] ?? null;
  const template = useTemplatesStore((s) => (chosen ? (s.byHash[chosen.hash] ?? null) : null));

  useEffect(() => {
    void load(institutionId);
    void loadTemplates();
  }, [institutionId, load, loadTemplates]);
  useEffect(() => {
    if (chosen) void loadTemplate(chosen.hash);
  }, [chosen, loadTemplate]);

  if (!detail) return <p className="muted">{t('app.loading')}</p>;
  const filing = chosenFiling ?? detail.filings[0]?.id ?? null;
  const warnings = template ? templateWarnings(template) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const names = panel.map((n) => n.trim()).filter(Boolean);
    if (filing === null) return setProblem(t('newInspection.needFiling'));
    if (names.length === 0) return setProblem(t('newInspection.needPanel'));
    if (!chosen) return setProblem(t('newInspection.noTemplates'));
    setProblem(null);
    const created = await create({
      institutionId,
      filingId: filing,
      templateId: chosen.id,
      templateHash: chosen.hash,
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
          {summaries === null && !templatesError ? (
            <p className="muted" id="new-template" role="status">
              {t('templates.loading')}
            </p>
          ) : (
            <select id="new-template" value={chosen?.hash ?? ''} onChange={(e) => setChosenHash(e.target.value)}>
              {offered.map((tpl) => (
                <option key={tpl.hash} value={tpl.hash}>
                  {`${tpl.title}（${tpl.source}，${tpl.version}）`}
                </option>
              ))}
            </select>
          )}
          {templatesError && (
            <p role="alert" className="error">
              {t('templates.loadFailed', { message: templatesError })}
            </p>
          )}
          {summaries !== null && offered.length === 0 && <p className="notice notice-warn">{t('newInspection.noTemplates')}</p>}
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
