import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback } from '../forms/FormFeedback';
import { ConflictsEditor } from './ConflictsEditor';
import { emptyExpertForm, expertFormProblem, expertSaveArgsFromForm, formFromExpert, type ExpertFormValues } from './expertForm';
import { useExpertPoolStore, type ExpertEditing } from './expertPoolStore';

type TextField = 'code' | 'name' | 'idNumber' | 'employerName' | 'employerUscc' | 'region' | 'specialties' | 'deviceKey';

const textFields: { field: TextField; testId: string; mono?: boolean; maxLength: number }[] = [
  { field: 'code', testId: 'expert-field-code', mono: true, maxLength: 40 },
  { field: 'name', testId: 'expert-field-name', maxLength: 100 },
  { field: 'idNumber', testId: 'expert-field-id-number', mono: true, maxLength: 30 },
  { field: 'employerName', testId: 'expert-field-employer', maxLength: 200 },
  { field: 'employerUscc', testId: 'expert-field-employer-uscc', mono: true, maxLength: 18 },
  { field: 'region', testId: 'expert-field-region', maxLength: 100 },
  { field: 'specialties', testId: 'expert-field-specialties', mono: true, maxLength: 1000 },
  { field: 'deviceKey', testId: 'expert-field-device', mono: true, maxLength: 100 },
];

/** Add or edit one expert: every field of the pool, the roles, the laptop and the declared conflicts (回避). */
export function ExpertEditor({ editing }: { editing: Exclude<ExpertEditing, { mode: 'closed' }> }) {
  const { t } = useTranslation();
  const { busy, save, edit } = useExpertPoolStore();
  const existing = editing.mode === 'edit' ? editing.expert : null;
  const [values, setValues] = useState<ExpertFormValues>(() => (existing ? formFromExpert(existing) : emptyExpertForm()));
  const [problem, setProblem] = useState<string | null>(null);

  const change = (patch: Partial<ExpertFormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const refused = expertFormProblem(values, existing === null);
    if (refused) return setProblem(t(`expertPool.problems.${refused}`));
    setProblem(null);
    const failure = await save(expertSaveArgsFromForm(values, existing?.id));
    if (failure) setProblem(t('errors.generic', { message: failure }));
  }

  return (
    <section className="card" aria-labelledby="expert-editor-heading" data-testid="expert-editor">
      <h2 id="expert-editor-heading">
        {existing ? t('expertPool.form.editHeading', { code: existing.code, name: existing.name }) : t('expertPool.form.newHeading')}
      </h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          {textFields.map(({ field, testId, mono, maxLength }) => (
            <label className="field" key={field}>
              {t(`expertPool.form.${field}`)}
              <input
                type="text"
                className={mono ? 'mono' : undefined}
                value={values[field]}
                onChange={(e) => change({ [field]: e.target.value })}
                maxLength={maxLength}
                placeholder={field === 'idNumber' && existing ? existing.idNumberMasked : undefined}
                required={field === 'name' || (field === 'idNumber' && !existing)}
                aria-required={field === 'name' || (field === 'idNumber' && !existing) ? true : undefined}
                disabled={busy}
                data-testid={testId}
              />
              <span className="muted small">{t(`expertPool.form.hints.${field}`)}</span>
            </label>
          ))}
        </div>
        <fieldset className="fieldset">
          <legend>{t('expertPool.form.roles')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.lead}
              onChange={(e) => change({ lead: e.target.checked })}
              disabled={busy}
              data-testid="expert-field-lead"
            />
            {t('expertPool.roles.lead')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.member}
              onChange={(e) => change({ member: e.target.checked })}
              disabled={busy}
              data-testid="expert-field-member"
            />
            {t('expertPool.roles.member')}
          </label>
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.active}
            onChange={(e) => change({ active: e.target.checked })}
            disabled={busy}
            data-testid="expert-field-active"
          />
          {t('expertPool.form.active')}
        </label>
        <ConflictsEditor conflicts={values.conflicts} onChange={(conflicts) => change({ conflicts })} disabled={busy} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy} data-testid="expert-save">
            {busy ? t('expertPool.form.busy') : t('expertPool.form.save')}
          </button>
          <button type="button" className="button" onClick={() => edit({ mode: 'closed' })} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <FormFeedback problem={problem}>{null}</FormFeedback>
    </section>
  );
}
