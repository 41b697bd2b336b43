import { useTranslation } from 'react-i18next';
import type { Occurrence, ScoringContext } from '../../../../shared/domain/scoring';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
import { useReCheckScope } from '../inspection/useReCheckScope';
import { useTemplate } from '../inspection/useTemplate';
import { ContextFlags } from './ContextFlags';
import { PenaltyEditor } from './PenaltyEditor';
import { VetoRow } from './VetoRow';

export function VetoStep() {
  const { t } = useTranslation();
  const template = useTemplate();
  const answers = useInspectionStore((s) => s.answers);
  const setAnswer = useInspectionStore((s) => s.setAnswer);
  const readOnly = useReadOnly();
  const scope = useReCheckScope();
  if (!template) return null;
  // A follow-up limited to its findings re-answers only the listed vetoes and penalties; the facts stay as accepted.
  const vetoOutOfScope = (id: string) => scope !== null && !scope.vetoes.has(id);
  const penaltyOutOfScope = (id: string) => scope !== null && !scope.penalties.has(id);
  const context = (answers.context ?? {}) as ScoringContext;

  return (
    <div className="step">
      <section className="card" aria-labelledby="vetoes-heading">
        <h2 id="vetoes-heading">{t('vetoes.heading')}</h2>
        <p className="muted">{t('vetoes.intro')}</p>
        <table className="form-table">
          <thead>
            <tr>
              <th scope="col">{t('vetoes.columns.id')}</th>
              <th scope="col">{t('vetoes.columns.text')}</th>
              <th scope="col">{t('vetoes.columns.answer')}</th>
              <th scope="col">{t('vetoes.columns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {template.vetoes.map((veto) => (
              <VetoRow
                key={veto.id}
                veto={veto}
                answer={answers[`veto:${veto.id}`] as { answer: '是' | '否'; note?: string } | undefined}
                readOnly={readOnly || vetoOutOfScope(veto.id)}
                outOfScope={vetoOutOfScope(veto.id)}
                onChange={(answer, typing) => setAnswer(`veto:${veto.id}`, answer, { typing })}
              />
            ))}
          </tbody>
        </table>
        {!readOnly && (
          <button
            type="button"
            className="button"
            onClick={() =>
              template.vetoes
                .filter((v) => answers[`veto:${v.id}`] === undefined && !vetoOutOfScope(v.id))
                .forEach((v) => setAnswer(`veto:${v.id}`, { answer: '否' }))
            }
          >
            {t('vetoes.restNo')}
          </button>
        )}
      </section>
      <ContextFlags template={template} context={context} readOnly={readOnly || scope !== null} onChange={(next) => setAnswer('context', next)} />
      <section aria-labelledby="penalties-heading">
        <h2 id="penalties-heading">{t('vetoes.penaltiesHeading')}</h2>
        {template.penalties.length === 0 ? (
          <p className="muted">{t('vetoes.noPenalties')}</p>
        ) : (
          template.penalties.map((penalty) => (
            <PenaltyEditor
              key={penalty.id}
              penalty={penalty}
              occurrences={(answers[`penalty:${penalty.id}`] as Occurrence[] | undefined) ?? []}
              readOnly={readOnly || penaltyOutOfScope(penalty.id)}
              outOfScope={penaltyOutOfScope(penalty.id)}
              onChange={(next, typing) => setAnswer(`penalty:${penalty.id}`, next, { typing })}
            />
          ))
        )}
      </section>
    </div>
  );
}
