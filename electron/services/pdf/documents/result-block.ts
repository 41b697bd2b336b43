import type { Content } from 'pdfmake/interfaces';
import { formatPoints } from '../../../../shared/domain/scoring/points';
import type { ScoreResult } from '../../../../shared/domain/scoring/result';
import type { Template } from '../../../../shared/domain/templates/types';

/** Totals, maximum, pass mark used, outcome and its reason, and every template warning (R-YQ-01, R-SD-05). */
export function resultBlock(template: Template, result: ScoreResult): Content {
  const lines: Content[] = [line('评分项合计', `${formatPoints(result.itemsTotal)} 分(评分项满分 ${formatPoints(result.maximum)} 分)`)];
  if (template.penalties.length > 0) lines.push(line('倒扣分', `${formatPoints(result.penaltyTotal)} 分`));
  lines.push(line('最终得分', `${formatPoints(result.total)} 分${result.complete ? '' : '（评分未完成，* 表示暂计）'}`));
  if (result.selfTotal !== null) lines.push(line('自评得分合计', `${formatPoints(result.selfTotal)} 分`));
  lines.push(
    line('合格线', `${formatPoints(result.passMark.points)} 分${result.passMark.overridden ? '（本次核查调整）' : ''} — ${result.passMark.source}`),
    line('评估结论', result.outcome.label, true),
    line('结论依据', `${result.outcome.reason}${result.outcome.source ? `(${result.outcome.source})` : ''}`),
  );
  const warnings = templateWarnings(result);
  if (warnings.length > 0) {
    lines.push({ text: '提示', bold: true, margin: [0, 4, 0, 1] });
    for (const warning of warnings) lines.push({ text: `· ${warning}`, style: 'warning' });
  }
  return { stack: [{ text: '评估结果', style: 'sectionHeading' }, ...lines], unbreakable: true };
}

function line(label: string, value: string, strong = false): Content {
  return {
    text: [
      { text: `${label}:`, bold: true },
      { text: value, bold: strong },
    ],
    margin: [0, 0, 0, 2],
  };
}

function templateWarnings(result: ScoreResult): string[] {
  const warnings: string[] = [];
  if (result.maximumWarning) warnings.push(result.maximumWarning);
  if (result.unansweredItems.length > 0) warnings.push(`尚未评分的评估内容：${result.unansweredItems.join('、')}`);
  if (result.unansweredVetoes.length > 0) warnings.push(`尚未回答的否决项：${result.unansweredVetoes.join('、')}`);
  for (const problem of result.cannotCompute) warnings.push(`${problem.itemId} 无法计算：${problem.reason}`);
  return warnings;
}
