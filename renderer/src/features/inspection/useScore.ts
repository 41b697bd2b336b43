import { useMemo } from 'react';
import { useInspectionStore } from './inspectionStore';
import { scoreAnswers, type ScoreOutcome } from './scoreAnswers';
import { useTemplate } from './useTemplate';

/** Recomputed on every answer (score() takes well under a millisecond), so the total is always live. */
export function useScore(): ScoreOutcome | null {
  const template = useTemplate();
  const answers = useInspectionStore((s) => s.answers);
  return useMemo(() => (template ? scoreAnswers(template, answers) : null), [template, answers]);
}
