import { useTranslation } from 'react-i18next';
import type { Occurrence, ScoringContext } from '../../../../shared/domain/scoring';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
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
  if (!template) return null;
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
                readOnly={readOnly}
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
              template.vetoes.filter((v) => answers[`veto:${v.id}`] === undefined).forEach((v) => setAnswer(`veto:${v.id}`, { answer: '否' }))
            }
          >
            {t('vetoes.restNo')}
          </button>
        )}
      </section>
      <ContextFlags template={template} context={context} readOnly={readOnly} onChange={(next) => setAnswer('context', next)} />
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
              readOnly={readOnly}
              onChange={(next, typing) => setAnswer(`penalty:${penalty.id}`, next, { typing })}
            />
          ))
        )}
      </section>
    </div>
  );
}
