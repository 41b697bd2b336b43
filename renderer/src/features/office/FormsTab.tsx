import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncForm } from '../../../../shared/ipc/channels/sync';
import { formPlaceText, type FormProblem } from '../../../../shared/domain/forms';
import { errorText } from '../../../../shared/errors';
import type { CalendarSummary, TemplateImportResult } from '../../../../shared/ipc/channels/template-import';
import { call, errorLanguage, errorMessage } from '../../lib/call';

const HASH_PREFIX = 12;

function ProblemList({ problems, label, testId }: { problems: readonly FormProblem[]; label: string; testId: string }) {
  if (problems.length === 0) return null;
  const language = errorLanguage();
  return (
    <div>
      <p>{label}</p>
      <ul className="plain-list" data-testid={testId}>
        {problems.map((p, index) => {
          const place = formPlaceText(p, language);
          return (
            <li key={index}>
              {place && <strong>{`${place}${language === 'en' ? ': ' : '：'}`}</strong>}
              {errorText(p.code, p.params, language)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** 评估表: import a form file, see every version held (title, version, hash prefix); import the working calendar. */
export function FormsTab() {
  const { t } = useTranslation();
  const [forms, setForms] = useState<SyncForm[]>([]);
  const [calendars, setCalendars] = useState<CalendarSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [formResult, setFormResult] = useState<TemplateImportResult | null>(null);
  const [calendarResult, setCalendarResult] = useState<CalendarSummary | null>(null);

  const reload = useCallback(async () => {
    const [formList, calendarList] = await Promise.all([call('sync:forms', {}), call('calendar:list', {})]);
    setForms(formList);
    setCalendars(calendarList);
  }, []);
  useEffect(() => {
    let current = true;
    Promise.all([call('sync:forms', {}), call('calendar:list', {})])
      .then(([formList, calendarList]) => {
        if (!current) return;
        setForms(formList);
        setCalendars(calendarList);
      })
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, []);

  async function importFile(kind: 'form' | 'calendar') {
    setProblem(null);
    setFormResult(null);
    setCalendarResult(null);
    setBusy(true);
    try {
      const answer = await call('files:chooseOpen', { kind, title: t(kind === 'form' ? 'office.forms.dialogTitle' : 'office.calendar.dialogTitle') });
      if (answer.path === null) return;
      if (kind === 'form') setFormResult(await call('templates:import', { path: answer.path }));
      else setCalendarResult(await call('calendar:import', { path: answer.path }));
      await reload();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="office-forms-heading">
        <h2 id="office-forms-heading">{t('office.forms.heading')}</h2>
        <p className="lead-text">{t('office.forms.intro')}</p>
        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => void importFile('form')} disabled={busy}>
            {t('office.forms.import')}
          </button>
        </div>
        {formResult?.ok === true && (
          <div className="notice notice-ok">
            <p data-testid="form-import-result">
              {t(formResult.alreadyHeld ? 'office.forms.alreadyHeld' : 'office.forms.imported', {
                title: formResult.title,
                version: formResult.version,
                hash: formResult.hash.slice(0, HASH_PREFIX),
              })}
            </p>
            <ProblemList problems={formResult.warnings} label={t('office.forms.warnings')} testId="form-warnings" />
          </div>
        )}
        {formResult?.ok === false && (
          <div className="notice notice-warn" role="alert">
            <ProblemList
              problems={formResult.problems.filter((p) => p.severity === 'error')}
              label={t('office.forms.errors')}
              testId="form-problems"
            />
            <ProblemList
              problems={formResult.problems.filter((p) => p.severity === 'warning')}
              label={t('office.forms.warnings')}
              testId="form-warnings"
            />
          </div>
        )}
        <table className="table" data-testid="form-versions">
          <thead>
            <tr>
              <th>{t('office.forms.columns.title')}</th>
              <th>{t('office.forms.columns.version')}</th>
              <th>{t('office.forms.columns.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {forms.map((form) => (
              <tr key={form.hash}>
                <td>{form.title}</td>
                <td>{form.version}</td>
                <td className="mono">{form.hash.slice(0, HASH_PREFIX)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="office-calendar-heading">
        <h2 id="office-calendar-heading">{t('office.calendar.heading')}</h2>
        <p className="lead-text">{t('office.calendar.intro')}</p>
        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => void importFile('calendar')} disabled={busy}>
            {t('office.calendar.import')}
          </button>
        </div>
        {calendarResult && (
          <p className="notice notice-ok" data-testid="calendar-import-result">
            {t('office.calendar.imported', {
              version: calendarResult.version,
              years: calendarResult.coveredYears.join('、'),
              holidays: calendarResult.holidays,
              makeup: calendarResult.makeupWorkdays,
            })}
          </p>
        )}
        {calendars.length === 0 ? (
          <p className="muted">{t('office.calendar.builtinOnly')}</p>
        ) : (
          <ul className="plain-list" data-testid="calendar-versions">
            {calendars.map((c) => (
              <li key={c.hash}>
                {t('office.calendar.row', { version: c.version, years: c.coveredYears.join('、'), origin: t(`office.calendar.origins.${c.origin}`) })}
                {c.inUse && <strong> {t('office.calendar.inUse')}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </>
  );
}
