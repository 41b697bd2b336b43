import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../../shared/domain/rectification/types';
import { FOLLOW_UP_SCOPES, type FollowUpScope } from '../../../../../shared/domain/rounds/types';
import { call, errorMessage } from '../../../lib/call';

/** A follow-up (整改复查) to assign: which rectification, and whether to re-check its findings or the whole form. */
export interface FollowUpChoice {
  rectificationUid: string;
  scope: FollowUpScope;
}

/** The pack's follow-up assignments: the office's undecided rectifications, each with its scope. */
export function FollowUpPicker({
  followUps,
  onChange,
  disabled,
}: {
  followUps: readonly FollowUpChoice[];
  onChange(next: FollowUpChoice[]): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RectificationView[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('rectifications:list', {})
      .then((list) => current && setOpen(list.filter((r) => r.origin === 'office' && r.decision === null)))
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, []);

  const change = (index: number, patch: Partial<FollowUpChoice>) => onChange(followUps.map((f, i) => (i === index ? { ...f, ...patch } : f)));

  return (
    <fieldset className="fieldset" data-testid="pack-follow-ups">
      <legend>{t('office.pack.followUps', { count: followUps.length })}</legend>
      {problem && <p className="error">{problem}</p>}
      {open.length === 0 && !problem && <p className="muted">{t('office.pack.noRectifications')}</p>}
      <ul className="plain-list">
        {followUps.map((followUp, index) => (
          <li key={index} className="filing-choice" data-testid="pack-follow-up">
            <select
              value={followUp.rectificationUid}
              onChange={(e) => change(index, { rectificationUid: e.target.value })}
              disabled={disabled}
              aria-label={t('office.pack.followUpRectification', { n: index + 1 })}
            >
              <option value="" disabled>
                {t('office.pack.chooseRectification')}
              </option>
              {open.map((r) => (
                <option key={r.uid} value={r.uid}>
                  {t('office.pack.rectificationOption', { name: r.institutionName, filingNo: r.filingNo, dueOn: r.dueOn })}
                </option>
              ))}
            </select>
            <select
              value={followUp.scope}
              onChange={(e) => change(index, { scope: e.target.value as FollowUpScope })}
              disabled={disabled}
              aria-label={t('office.pack.followUpScope', { n: index + 1 })}
            >
              {FOLLOW_UP_SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`rectification.scope.${scope}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button small" onClick={() => onChange(followUps.filter((_, i) => i !== index))} disabled={disabled}>
              {t('office.pack.followUpRemove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          onClick={() => onChange([...followUps, { rectificationUid: '', scope: 'findings' }])}
          disabled={disabled || open.length === 0}
          data-testid="follow-up-add"
        >
          {t('office.pack.followUpAdd')}
        </button>
      </div>
    </fieldset>
  );
}
