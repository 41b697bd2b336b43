import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RectificationDecision, RectificationView } from '../../../../shared/domain/rectification/types';
import { todayIso } from '../../lib/today';
import { useRectificationStore } from './rectificationStore';

/** 作出决定: only the decisions the ordering outcome allows, a required reason, the day, and the follow-up it rests on. */
export function DecisionForm({ rectification: r }: { rectification: RectificationView }) {
  const { t } = useTranslation();
  const { busy, decide } = useRectificationStore();
  const [decision, setDecision] = useState<RectificationDecision | ''>(r.allowedDecisions.length === 1 ? (r.allowedDecisions[0] ?? '') : '');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso);
  // Until the clerk chooses, the newest follow-up received (it may arrive while the form is open).
  const [chosenFollowUp, setFollowUp] = useState<string | null>(null);
  const newestFollowUp = r.followUps.at(-1)?.inspectionId;
  const followUp = chosenFollowUp ?? (newestFollowUp === undefined ? '' : String(newestFollowUp));
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!decision) return setProblem(t('rectification.decide.needDecision'));
    if (!reason.trim()) return setProblem(t('rectification.decide.needReason'));
    if (!decidedOn) return setProblem(t('rectification.decide.needDate'));
    await decide({ decision, reason: reason.trim(), decidedOn, ...(followUp ? { followUpInspectionId: Number(followUp) } : {}) });
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field field-narrow">
        {t('rectification.decide.decision')}
        <select
          value={decision}
          onChange={(e) => setDecision(e.target.value as RectificationDecision)}
          required
          aria-required="true"
          disabled={busy}
          data-testid="decision-select"
        >
          <option value="" disabled>
            {t('rectification.decide.choose')}
          </option>
          {r.allowedDecisions.map((name) => (
            <option key={name} value={name}>
              {t(`rectification.decisions.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('rectification.decide.reason')}
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          maxLength={2000}
          required
          aria-required="true"
          disabled={busy}
          data-testid="decision-reason"
        />
      </label>
      <label className="field field-narrow">
        {t('rectification.decide.decidedOn')}
        <input type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} required aria-required="true" disabled={busy} />
      </label>
      {r.followUps.length > 0 && (
        <label className="field">
          {t('rectification.decide.followUp')}
          <select value={followUp} onChange={(e) => setFollowUp(e.target.value)} disabled={busy} data-testid="decision-follow-up">
            <option value="">{t('rectification.decide.noFollowUp')}</option>
            {r.followUps.map((f) => (
              <option key={f.inspectionId} value={String(f.inspectionId)}>
                {t('rectification.decide.followUpOption', { date: f.inspectionDate, scope: t(`rectification.scope.${f.scope}`) })}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="decision-submit">
          {busy ? t('rectification.decide.busy') : t('rectification.decide.submit')}
        </button>
      </div>
    </form>
  );
}
