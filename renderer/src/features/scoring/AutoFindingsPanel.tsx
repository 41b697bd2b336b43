import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { autoFindings, type AutoFinding } from '../../../../shared/domain/findings';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
import { useReCheckScope } from '../inspection/useReCheckScope';
import { useTemplate } from '../inspection/useTemplate';
import { DISMISSED_FINDINGS_KEY, dismissalKey, dismissedKeys, withDismissal } from './dismissedFindings';
import { hasOccurrence, itemAnswerOf, withOccurrence } from './itemAnswer';

/** Findings the records show (R-DL-08, R-DL-09, R-INS-03), each confirmed or not adopted by the inspector (kept with the answers). */
export function AutoFindingsPanel() {
  const { t } = useTranslation();
  const inspection = useInspectionStore((s) => s.inspection);
  const template = useTemplate();
  const calendar = useInspectionStore((s) => s.calendar);
  const institution = useInspectionStore((s) => s.institution);
  const answers = useInspectionStore((s) => s.answers);
  const setAnswer = useInspectionStore((s) => s.setAnswer);
  const readOnly = useReadOnly();
  const scope = useReCheckScope();
  const filing = institution?.filings.find((f) => f.id === inspection?.filingId) ?? null;
  const findings = useMemo(() => (template && calendar && filing ? autoFindings(template, filing, calendar) : []), [template, calendar, filing]);
  if (findings.length === 0) return null;
  const dismissed = dismissedKeys(answers);

  // A follow-up limited to its findings may not change an entry it does not re-check, not even from a finding here.
  function outOfScope({ target }: AutoFinding): boolean {
    if (scope === null) return false;
    return target.kind === 'veto' ? !scope.vetoes.has(target.vetoId) : !scope.items.has(target.itemId);
  }

  function confirmed(finding: AutoFinding): boolean {
    const target = finding.target;
    if (target.kind === 'veto') return (answers[`veto:${target.vetoId}`] as { answer?: string } | undefined)?.answer === '是';
    return hasOccurrence(itemAnswerOf(answers, target.itemId), target.ruleId, finding.batchNo);
  }

  function confirm(finding: AutoFinding) {
    const target = finding.target;
    if (target.kind === 'veto') return setAnswer(`veto:${target.vetoId}`, { answer: '是', note: finding.message });
    setAnswer(
      target.itemId,
      withOccurrence(itemAnswerOf(answers, target.itemId), target.ruleId, {
        count: 1,
        unit: { kind: 'batch', id: finding.batchNo },
        note: finding.message,
      }),
    );
  }

  function setDismissed(finding: AutoFinding, dismiss: boolean) {
    setAnswer(DISMISSED_FINDINGS_KEY, withDismissal(dismissed, dismissalKey(finding), dismiss));
  }

  function actions(finding: AutoFinding) {
    if (confirmed(finding)) return <span className="pill pill-ok">{t('scoring.auto.confirmed')}</span>;
    const isDismissed = dismissed.includes(dismissalKey(finding));
    return (
      <span className="auto-finding-actions">
        {isDismissed && <span className="pill pill-todo">{t('scoring.auto.dismissed')}</span>}
        {!readOnly &&
          !outOfScope(finding) &&
          (isDismissed ? (
            <button type="button" className="button small" onClick={() => setDismissed(finding, false)}>
              {t('scoring.auto.undismiss')}
            </button>
          ) : (
            <>
              <button type="button" className="button small" onClick={() => confirm(finding)}>
                {t('scoring.auto.confirm')}
              </button>
              <button type="button" className="button small" onClick={() => setDismissed(finding, true)}>
                {t('scoring.auto.dismiss')}
              </button>
            </>
          ))}
      </span>
    );
  }

  return (
    <section className="card auto-findings" aria-labelledby="auto-findings-heading">
      <h2 id="auto-findings-heading">{t('scoring.auto.heading')}</h2>
      <p className="muted small">{t('scoring.auto.intro')}</p>
      <ul className="plain-list">
        {findings.map((finding) => (
          <li key={finding.key} className="auto-finding">
            <span className="muted small">{finding.rule}</span> {finding.message}
            <span className="muted small">
              {finding.target.kind === 'veto'
                ? t('scoring.auto.toVeto', { id: finding.target.vetoId })
                : t('scoring.auto.toItem', { id: finding.target.itemId })}
            </span>
            {actions(finding)}
          </li>
        ))}
      </ul>
    </section>
  );
}
