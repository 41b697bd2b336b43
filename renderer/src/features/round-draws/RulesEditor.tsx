import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_INSTITUTION_KINDS, PROCESS_CHECK_MINIMUM_PERCENT, type InstitutionKind } from '../../../../shared/domain/double-random/types';
import type { RoundPlanView } from '../../../../shared/ipc/channels/round-plans';
import { FormFeedback } from '../forms/FormFeedback';
import { PanelRulesFields } from './PanelRulesFields';
import { useRoundDrawsStore } from './roundDrawsStore';
import { processCheckBelowMinimum, rulesFromForm, rulesToForm, type RulesFormValues } from './rulesForm';

/** 抽取规则: what is selected (R-DL-01 window, spot checks, R-SM-05 process checks) and how panels are drawn; fixed once drawn. */
export function RulesEditor({ plan }: { plan: RoundPlanView }) {
  const { t } = useTranslation();
  const { busy, saveRules } = useRoundDrawsStore();
  const [values, setValues] = useState<RulesFormValues>(() => rulesToForm(plan.rules, plan.round.year));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const drawn = plan.draw !== null;
  const below = processCheckBelowMinimum(values);
  const kindName = (kind: InstitutionKind) => t(`institutions.kinds.${kind}`);

  const change = (patch: Partial<RulesFormValues>) => (setValues((v) => ({ ...v, ...patch })), setSaved(false));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = rulesFromForm(values);
    if ('problem' in result) {
      const { key, params } = result.problem;
      const kind = typeof params?.kind === 'string' ? kindName(params.kind as InstitutionKind) : '';
      const part = typeof params?.part === 'string' ? t(`roundDraws.rules.parts.${params.part}`) : '';
      return setProblem(t(`roundDraws.rules.problems.${key}`, { kind, part }));
    }
    setProblem(null);
    const failure = await saveRules(result.rules);
    if (failure) setProblem(t('errors.generic', { message: failure }));
    else setSaved(true);
  }

  return (
    <section className="card" aria-labelledby="round-rules-heading" data-testid="round-rules">
      <h2 id="round-rules-heading">{t('roundDraws.rules.heading')}</h2>
      {drawn && <p className="notice notice-info">{t('roundDraws.rules.locked')}</p>}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset" disabled={drawn || busy}>
          <legend>{t('roundDraws.rules.renewal')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.renewal}
              onChange={(e) => change({ renewal: e.target.checked })}
              data-testid="round-rules-renewal"
            />
            {t('roundDraws.rules.renewalOn')}
          </label>
          {values.renewal && (
            <div className="inline-form">
              <label className="field field-narrow">
                {t('roundDraws.rules.renewalFrom')}
                <input
                  type="date"
                  value={values.renewalFrom}
                  onChange={(e) => change({ renewalFrom: e.target.value })}
                  data-testid="round-rules-renewal-from"
                />
              </label>
              <label className="field field-narrow">
                {t('roundDraws.rules.renewalTo')}
                <input
                  type="date"
                  value={values.renewalTo}
                  onChange={(e) => change({ renewalTo: e.target.value })}
                  data-testid="round-rules-renewal-to"
                />
              </label>
            </div>
          )}
        </fieldset>
        <fieldset className="fieldset" disabled={drawn || busy}>
          <legend>{t('roundDraws.rules.spotCheck')}</legend>
          <div className="inline-form">
            {DIRECTORY_INSTITUTION_KINDS.map((kind) => (
              <label className="field field-narrow" key={kind}>
                {t('roundDraws.rules.percentOf', { kind: kindName(kind) })}
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  value={values.spotCheckPercent[kind]}
                  onChange={(e) => change({ spotCheckPercent: { ...values.spotCheckPercent, [kind]: e.target.value } })}
                  data-testid={`round-rules-spot-${kind}`}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset" disabled={drawn || busy}>
          <legend>{t('roundDraws.rules.processCheck')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.processCheck}
              onChange={(e) => change({ processCheck: e.target.checked })}
              data-testid="round-rules-process"
            />
            {t('roundDraws.rules.processOn')}
          </label>
          {values.processCheck && (
            <div className="inline-form">
              <label className="field field-narrow">
                {t('roundDraws.rules.processYear')}
                <input
                  type="number"
                  min={2000}
                  max={2100}
                  value={values.processYear}
                  onChange={(e) => change({ processYear: e.target.value })}
                  data-testid="round-rules-process-year"
                />
              </label>
              {DIRECTORY_INSTITUTION_KINDS.map((kind) => (
                <label className="field field-narrow" key={kind}>
                  {t('roundDraws.rules.percentOf', { kind: kindName(kind) })}
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    value={values.processPercent[kind]}
                    onChange={(e) => change({ processPercent: { ...values.processPercent, [kind]: e.target.value } })}
                    aria-invalid={below.includes(kind) ? true : undefined}
                    data-testid={`round-rules-process-${kind}`}
                  />
                  {PROCESS_CHECK_MINIMUM_PERCENT[kind] > 0 && (
                    <span className="muted small">{t('roundDraws.rules.minimum', { percent: PROCESS_CHECK_MINIMUM_PERCENT[kind] })}</span>
                  )}
                </label>
              ))}
            </div>
          )}
          {below.length > 0 && (
            <p className="notice notice-warn" data-testid="round-rules-below-minimum">
              {t('roundDraws.rules.belowMinimum', {
                kinds: below.map((kind) => `${kindName(kind)} ${PROCESS_CHECK_MINIMUM_PERCENT[kind]}%`).join('、'),
              })}
            </p>
          )}
        </fieldset>
        <PanelRulesFields values={values} onChange={change} currentUid={plan.round.uid} disabled={drawn || busy} />
        {!drawn && (
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy} data-testid="round-rules-save">
              {t('roundDraws.rules.save')}
            </button>
          </div>
        )}
      </form>
      <FormFeedback problem={problem}>{saved && <p className="notice notice-ok">{t('roundDraws.rules.saved')}</p>}</FormFeedback>
    </section>
  );
}
