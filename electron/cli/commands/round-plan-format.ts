import {
  EXCLUSION_REASON_LABELS,
  SELECTION_REASON_LABELS,
  type PanelRole,
  type RoundDrawRecord,
  type RoundVerification,
} from '../../../shared/domain/double-random/types';
import type { RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { institutionKindLabels } from '../../../shared/store/enums';
import type { StoredRoundVerification } from '../../services/round-plans/verify-round-plan';

const ROLE_TEXT: Record<PanelRole, string> = { lead: '组长', member: '成员' };

/** `round create`: the seed's SHA-256 first — the commitment the office publishes before it draws. */
export function formatCreatedPlan(view: RoundPlanView): string {
  const lines = [
    `种子 SHA-256：${view.seedHash}`,
    `（请在抽取前公布此哈希；抽取后公布的种子应与它一致。）`,
    `已新建评估轮次“${view.round.name}”（${view.round.year} 年度，编号 ${view.round.uid}）。`,
    view.seedSource === 'announced' ? `种子来源：事先公布的值${view.seedNote ? `（${view.seedNote}）` : ''}` : '种子来源：系统安全随机数',
  ];
  return lines.join('\n');
}

export function formatDrawRecord(record: RoundDrawRecord): string {
  const lines = [
    `评估轮次“${record.roundName}”（编号 ${record.roundUid}）`,
    `算法 ${record.algorithm}`,
    `种子 ${record.seed}`,
    `种子 SHA-256 ${record.seedHash}`,
    `检查对象名录哈希 ${record.institutionDirectoryHash}（${record.counts.filings} 个备案）`,
    `检查人员名录哈希 ${record.expertDirectoryHash}（${record.counts.experts} 名专家，在库 ${record.counts.activeExperts} 名）`,
    `抽取时间 ${record.drawnAt}（${record.drawnBy}）`,
    `抽中备案 ${record.selected.length} 个：`,
  ];
  const panels = new Map(record.panels.map((panel) => [panel.filingId, panel]));
  record.selected.forEach((filing, index) => {
    const reasons = filing.reasons.map((reason) => SELECTION_REASON_LABELS[reason]).join('、');
    const batches = filing.batches.length > 0 ? `；抽检批次 ${filing.batches.map((batch) => batch.batchNo).join('、')}` : '';
    lines.push(`${index + 1}. ${filing.institutionName}（${institutionKindLabels[filing.kind]}，备案编号 ${filing.filingNo}）：${reasons}${batches}`);
    const panel = panels.get(filing.filingId);
    if (!panel) return;
    const seats = panel.seats.map((seat) => `${ROLE_TEXT[seat.role]} ${seat.name}（${seat.code}${seat.specialist ? '，对口专业' : ''}）`);
    lines.push(`   专家组：${seats.length > 0 ? seats.join('、') : '无'}`);
    if (panel.shortfall) {
      const short = [panel.shortfall.leader ? '缺组长' : '', panel.shortfall.members > 0 ? `缺成员 ${panel.shortfall.members} 名` : ''].filter(
        Boolean,
      );
      lines.push(`   未配齐：${short.join('，')}`);
    }
    lines.push(`   回避 ${panel.exclusions.length} 名${exclusionSummary(panel.exclusions)}`);
  });
  if (record.notes.length > 0) {
    lines.push('说明：');
    for (const note of record.notes) lines.push(`  - [${note.code}] ${note.message}`);
  }
  return lines.join('\n');
}

function exclusionSummary(exclusions: RoundDrawRecord['panels'][number]['exclusions']): string {
  if (exclusions.length === 0) return '';
  const counts = new Map<string, number>();
  for (const exclusion of exclusions) for (const reason of exclusion.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, count]) => `${EXCLUSION_REASON_LABELS[reason as keyof typeof EXCLUSION_REASON_LABELS]} ${count}`);
  return `（${parts.join('；')}）`;
}

export function formatPlanView(view: RoundPlanView): string {
  const head = [
    `评估轮次“${view.round.name}”（${view.round.year} 年度，编号 ${view.round.uid}）`,
    `种子 SHA-256：${view.seedHash}`,
    `种子：${view.seed ?? '（抽取后公布）'}`,
    `规则：${JSON.stringify(view.rules)}`,
  ];
  return view.draw ? `${head.join('\n')}\n${formatDrawRecord(view.draw)}` : `${head.join('\n')}\n尚未抽取。`;
}

export function formatVerification(verification: RoundVerification | StoredRoundVerification): string {
  const lines = verification.ok
    ? ['复核一致：按记录的种子、规则和两个名录重新抽取，结果与记录相同。']
    : ['复核不一致：', ...verification.problems.map((problem) => `  - ${problem}`)];
  if ('currentStore' in verification) {
    const { institutionsUnchanged, expertsUnchanged } = verification.currentStore;
    lines.push(
      `（说明，不影响复核结论）当前数据库的检查对象名录${institutionsUnchanged ? '与抽取时相同' : '已与抽取时不同'}，检查人员名录${expertsUnchanged ? '与抽取时相同' : '已与抽取时不同'}。`,
    );
  }
  return lines.join('\n');
}
