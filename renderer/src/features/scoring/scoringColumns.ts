import type { PrintColumnKey, PrintLayout } from '../../../../shared/domain/templates/types';

/**
 * The scoring table's columns, taken from the form's print layout: a column the layout lacks is not shown, and a
 * heading is the layout's own label. Content, scoring rule, maximum and the inspector's score are always shown (the
 * inspector cannot score without them); their label falls back to the app's when the layout has none. 差异 is the
 * app's own, and only makes sense beside a self-score.
 */
export interface ScoringColumns {
  section: string | null;
  group: string | null;
  content: string | null;
  method: string | null;
  scoringRule: string | null;
  maxPoints: string | null;
  selfScore: string | null;
  inspectorScore: string | null;
  difference: boolean;
  /** Cells of the editor row under an item: every column but the group cell, which spans the item and editor rows. */
  editorSpan: number;
}

export function scoringColumns(layout: PrintLayout): ScoringColumns {
  const label = (key: PrintColumnKey) => layout.columns.find((c) => c.key === key)?.label ?? null;
  const selfScore = label('selfScore');
  // content, scoringRule, maxPoints and inspectorScore; the method; a self-score and 差异 beside it.
  const editorSpan = 4 + (label('method') !== null ? 1 : 0) + (selfScore !== null ? 2 : 0);
  return {
    section: label('section'),
    group: label('group'),
    content: label('content'),
    method: label('method'),
    scoringRule: label('scoringRule'),
    maxPoints: label('maxPoints'),
    selfScore,
    inspectorScore: label('inspectorScore'),
    difference: selfScore !== null,
    editorSpan,
  };
}
