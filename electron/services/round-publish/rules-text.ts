import {
  DIRECTORY_INSTITUTION_KINDS,
  PROCESS_CHECK_MINIMUM_PERCENT,
  type KindPercents,
  type RoundRules,
} from '../../../shared/domain/double-random/types';
import { institutionKindLabels } from '../../../shared/store/enums';

const percentsInWords = (percents: KindPercents): string =>
  DIRECTORY_INSTITUTION_KINDS.map((kind) => `${institutionKindLabels[kind]} ${percents[kind]}%`).join('，');

/** A round's rules as the public reads them: one sentence per rule, in the order the draw applies them. */
export function rulesInWords(rules: RoundRules): string[] {
  const lines: string[] = [];
  lines.push(
    rules.renewalWindow
      ? `延续备案评估：备案有效期在 ${rules.renewalWindow.from} 至 ${rules.renewalWindow.to} 之间届满的评价机构全部列入（R-DL-01）。`
      : '延续备案评估：本轮不按备案有效期选取。',
  );
  const spot = rules.spotCheckPercent;
  lines.push(
    DIRECTORY_INSTITUTION_KINDS.some((kind) => spot[kind] > 0)
      ? `随机抽查：其余评价机构按类别随机抽取 ${percentsInWords(spot)}。`
      : '随机抽查：本轮不另行随机抽查。',
  );
  lines.push(
    rules.processCheck
      ? `过程化资料抽检：${rules.processCheck.year} 年度评价批次按类别随机抽取 ${percentsInWords(rules.processCheck.batchPercent)}` +
          `（不低于：${percentsInWords(PROCESS_CHECK_MINIMUM_PERCENT)}，R-SM-05）。`
      : '过程化资料抽检：本轮不抽检过程化资料。',
  );
  const panel = rules.panel;
  lines.push(
    `专家组：每个检查对象组长 1 名、成员 ${panel.members} 名，从专家库随机抽取；每名专家本轮至多参加 ${panel.maxPanelsPerExpert} 个专家组。`,
  );
  const recusals = ['与被检查机构为同一单位的专家回避', '申报了与被检查机构利害关系的专家回避'];
  if (panel.avoidPreviousRound) recusals.push('上一轮检查过该机构的专家回避');
  if (panel.avoidSameRegion) recusals.push('与被检查机构同一地区的专家回避（交叉检查）');
  lines.push(`回避：${recusals.join('；')}。`);
  if (panel.preferSpecialists) lines.push('专业匹配：优先从熟悉被检查机构备案职业（工种）的专家中抽取，不足时再从其他专家中抽取。');
  return lines;
}
