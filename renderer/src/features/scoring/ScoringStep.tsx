import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allItems } from '../../../../shared/domain/templates/walk';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
import { useReCheckScope } from '../inspection/useReCheckScope';
import { useScore } from '../inspection/useScore';
import { useTemplate } from '../inspection/useTemplate';
import { candidateLabels, unitOptionsForItem, type UnitOption } from '../sampling/unitOptions';
import { AutoFindingsPanel } from './AutoFindingsPanel';
import { scoringColumns } from './scoringColumns';
import { SectionTable } from './SectionTable';

export function ScoringStep() {
  const { t } = useTranslation();
  const template = useTemplate();
  const answers = useInspectionStore((s) => s.answers);
  const draws = useInspectionStore((s) => s.draws);
  const institution = useInspectionStore((s) => s.institution);
  const filingId = useInspectionStore((s) => s.inspection?.filingId);
  const setAnswer = useInspectionStore((s) => s.setAnswer);
  const readOnly = useReadOnly();
  const scope = useReCheckScope();
  const score = useScore();
  const filing = institution?.filings.find((f) => f.id === filingId) ?? null;

  // Unit menus change only when a draw does, not on every answer, so the rows of other items do not re-render.
  const unitsByItem = useMemo(() => {
    const map = new Map<string, UnitOption[]>();
    if (!template) return map;
    const candidates = candidateLabels(institution);
    for (const { item } of allItems(template)) map.set(item.id, unitOptionsForItem(template, item.id, draws, candidates));
    return map;
  }, [template, draws, institution]);

  // One object per form, so the memoised item rows do not re-render on every answer.
  const columns = useMemo(() => (template ? scoringColumns(template.layout) : null), [template]);

  if (!template || !columns) return null;
  return (
    <div className="step">
      {score && !score.ok && (
        <p role="alert" className="error">
          {t('scoring.cannotScore', { message: score.message })}
        </p>
      )}
      <AutoFindingsPanel />
      {template.sections.map((section) => (
        <SectionTable
          key={section.id}
          section={section}
          columns={columns}
          result={score?.ok ? score.result : null}
          answers={answers}
          unitsByItem={unitsByItem}
          filing={filing}
          readOnly={readOnly}
          reCheckItems={scope?.items ?? null}
          setAnswer={setAnswer}
        />
      ))}
    </div>
  );
}
