import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/router/routes';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import { assignmentsOf, createForAssignment, type FilingAssignment } from '../../lib/roundsContract';
import { useFilingHistoryStore } from '../institutions/filingHistoryStore';
import { useInstitutionDetailStore } from '../institutions/institutionDetailStore';
import { FollowUpAssignments } from './FollowUpAssignments';
import { useTemplatesStore } from '../templates/templatesStore';
import { useNewInspectionStore } from './newInspectionStore';
import { assignedPanelNames } from './assignedPanel';
import { PanelMembersField } from './PanelMembersField';
import { RoundNote } from './RoundNote';
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
  const filing = chosenFiling ?? detail?.filings[0]?.id ?? null;
  const history = useFilingHistoryStore((s) => (filing === null ? null : (s.byFiling[filing] ?? null)));
  const loadHistory = useFilingHistoryStore((s) => s.load);
  const assignments = history ? assignmentsOf(history) : [];
  // Until the inspector picks one, the form is the one the office's pack assigned for this filing.
  const assignedForm = offered.find((s) => s.id === assignments.find((a) => a.rectificationUid === null)?.templateId);
  const chosen = offered.find((s) => s.hash === chosenHash) ?? assignedForm ?? offered[0] ?? null;
  const template = useTemplatesStore((s) => (chosen ? (s.byHash[chosen.hash] ?? null) : null));
  const followUps = assignments.filter((a) => a.rectificationUid !== null);
  const assessment = assignments.find((a) => a.rectificationUid === null && (!chosen || a.templateId === chosen.id)) ?? null;
  // The drawn panel fills the names once per assignment (the inspector may still edit them); a pack without one
  // leaves what was typed.
  const assignedNames = assignedPanelNames(assessment);
  const prefillKey = assessment && assignedNames ? `${assessment.uid}:${assignedNames.join('\n')}` : null;
  const [prefilledFrom, setPrefilledFrom] = useState<string | null>(null);
  if (prefillKey !== prefilledFrom) {
    setPrefilledFrom(prefillKey);
    if (assignedNames) setPanel(assignedNames);
  }

  useEffect(() => {
    void load(institutionId);
    void loadTemplates();
  }, [institutionId, load, loadTemplates]);
  useEffect(() => {
    if (chosen) void loadTemplate(chosen.hash);
  }, [chosen, loadTemplate]);
  useEffect(() => {
    if (filing !== null) void loadHistory(filing);
  }, [filing, loadHistory]);

  if (!detail) return <p className="muted">{t('app.loading')}</p>;
  const warnings = template ? templateWarnings(template) : [];

  /** The arguments shared by an assessment and a follow-up; null (and the problem shown) when something is missing. */
  function baseArgs(templateId: string | undefined): Omit<ArgsOf<'inspections:create'>, 'templateHash'> | null {
    const names = panel.map((n) => n.trim()).filter(Boolean);
    const missing =
      filing === null
        ? 'newInspection.needFiling'
        : names.length === 0
          ? 'newInspection.needPanel'
          : !templateId
            ? 'newInspection.noTemplates'
            : null;
    setProblem(missing && t(missing));
    if (filing === null || missing || !templateId) return null;
    return {
      institutionId,
      filingId: filing,
      templateId,
      panel: names.map((name, i) => ({ name, role: i === 0 ? 'lead' : 'member' })),
      inspectionDate: date,
      site: (site ?? detail?.address ?? '').trim(),
    };
  }

  async function start(args: ArgsOf<'inspections:create'> | null) {
    if (!args) return;
    const created = await create(args);
    if (created) navigate({ name: 'inspection', id: created.id, step: 'sampling' });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const args = baseArgs(chosen?.id);
    void start(args && chosen ? { ...args, templateHash: chosen.hash } : null);
  }

  // A follow-up is scored with the form version its assignment names: main picks it, the window sends no hash.
  function startFollowUp(assignment: FilingAssignment) {
    const args = baseArgs(assignment.templateId);
    void start(args && createForAssignment(args, assignment.uid));
  }

  return (
    <section className="page narrow" aria-labelledby="new-inspection-heading">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <a href={routeHref({ name: 'institutions' })}>{t('institutions.heading')}</a> /{' '}
        <a href={routeHref({ name: 'institution', id: institutionId })}>{detail.name}</a> / <span>{t('newInspection.heading')}</span>
      </nav>
      <h1 id="new-inspection-heading">{t('newInspection.heading')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="new-filing">{t('newInspection.filing')}</label>
          <select id="new-filing" value={filing ?? ''} onChange={(e) => setChosenFiling(Number(e.target.value))}>
            {detail.filings.map((f) => (
              <option key={f.id} value={f.id}>
                {`${f.listedName}（${f.filingNo}，${t(`institutions.kinds.${f.kind}`)}，${f.statusLabel}）`}
              </option>
            ))}
          </select>
          <RoundNote assignment={assessment} inspectionDate={date} />
        </div>
        <FollowUpAssignments assignments={followUps} history={history} disabled={creating} onStart={startFollowUp} />
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
