import type { Content, TableCell } from 'pdfmake/interfaces';
import { OUTCOME_LABELS } from '../../../../shared/domain/scoring/outcome-labels';
import type { ScoreResult } from '../../../../shared/domain/scoring/result';
import type { Template } from '../../../../shared/domain/templates/types';
import { centerCell, headerCell, textCell } from '../layout/cells';

/**
 * For forms with a 评估项目 level, whose direct-fail findings live in the notice rather than in the table (Shanxi §四(一)),
 * the panel's 是/否 answers print as their own table below the form.
 */
export function vetoTable(template: Template, result: ScoreResult | null): Content | null {
  if (template.vetoes.length === 0) return null;
  // The form's own word for failing (不合格 unless its labels say otherwise, e.g. 不达标).
  const failing = `直接确定为“${template.outcome.labels.fail ?? OUTCOME_LABELS.fail}”的情形`;
  const body: TableCell[][] = [[headerCell('条款'), headerCell(failing), headerCell('是/否')]];
  for (const veto of template.vetoes) {
    const answer = result?.vetoes.find((v) => v.vetoId === veto.id)?.answer ?? '';
    body.push([centerCell(`§${veto.id}`), textCell(veto.text), centerCell(answer || '□是 □否', { bold: answer !== '' })]);
  }
  return {
    stack: [
      { text: `${failing}（${template.source.notice}）`, style: 'sectionHeading' },
      { table: { headerRows: 1, dontBreakRows: true, widths: [50, '*', 50], body }, layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6 } },
    ],
  };
}
