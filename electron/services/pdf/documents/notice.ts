import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RectificationFinding } from '../../../../shared/domain/rectification/types';
import { fingerprintOf } from '../fingerprint';
import { centerCell, headerCell, pointsText, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { THIN_GRID } from '../layout/tables';
import type { NoticeModel } from '../model/rectification';
import { chineseDate, rectificationPeriodText } from './rectification-deadline-text';

const FINDING_KIND_LABELS: Record<RectificationFinding['kind'], string> = {
  condition: '整改情形',
  deduction: '扣分',
  penalty: '倒扣分',
  veto: '否决项',
};

/**
 * 整改通知书 (R-YQ-06, 阳人社函〔2023〕221号 §四(二)): who is notified and why, the findings to rectify, the deadline,
 * the basis quoted verbatim, what to send back; signed with the office key after rendering.
 */
export function noticeDocument(model: NoticeModel): TDocumentDefinitions {
  const { institution } = model;
  const score = model.score === null ? '' : `，评估得分 ${pointsText(model.score)} 分`;
  const round = model.roundName ? `在${model.roundName}中，` : '';
  return reportDocument({
    title: `整改通知书 — ${institution.name}`,
    fingerprint: fingerprintOf(model),
    content: [
      { text: '整改通知书', style: 'title' },
      { text: `整改编号：${model.rectificationUid}`, style: 'subtitle' },
      field('机构名称', institution.name),
      field('统一社会信用代码', institution.uscc ?? ''),
      field('机构备案号', institution.filingNo),
      ...(model.roundName ? [field('评估轮次', model.roundName)] : []),
      { text: `${institution.name}：`, bold: true, margin: [0, 10, 0, 4] },
      {
        text: [
          `${round}专家评估组于${chineseDate(model.inspectionDate)}对你单位开展了现场评估${score}，评估意见为`,
          { text: model.outcomeLabel, bold: true },
          '。现将需要整改的事项通知如下，请认真整改。',
        ],
        margin: [0, 0, 0, 6],
        lineHeight: 1.4,
      },
      { text: '一、整改事项', style: 'sectionHeading' },
      findingsTable(model.findings),
      { text: '二、整改期限', style: 'sectionHeading' },
      {
        text: [
          { text: `整改期限：${chineseDate(model.dueOn)}前`, bold: true },
          `（自现场评估之日起${rectificationPeriodText(model.deadlineRule)}内完成整改）。`,
        ],
      },
      { text: '三、依据', style: 'sectionHeading' },
      { text: model.basis, margin: [0, 0, 0, 2], lineHeight: 1.4 },
      { text: '四、整改报送', style: 'sectionHeading' },
      {
        text: '请于整改期限届满前，将整改情况说明及佐证材料报送我单位。逾期未报送或整改不到位的，将视情况决定是否准予延续备案或恢复评价活动。',
        lineHeight: 1.4,
      },
      signOff(model),
    ],
  });
}

function field(label: string, value: string): Content {
  return { text: [{ text: `${label}：`, bold: true }, value], margin: [0, 0, 0, 2] };
}

function findingsTable(findings: readonly RectificationFinding[]): Content {
  const body: TableCell[][] = [[headerCell('序号'), headerCell('事项'), headerCell('扣分'), headerCell('说明')]];
  findings.forEach((finding, index) => {
    body.push([
      centerCell(String(index + 1)),
      textCell(`${finding.label}${finding.kind === 'deduction' ? '' : `（${FINDING_KIND_LABELS[finding.kind]}）`}`),
      centerCell(finding.kind === 'veto' ? '—' : pointsText(finding.pointsLostHundredths)),
      textCell(finding.notes.join('；')),
    ]);
  });
  if (findings.length === 0) body.push([centerCell('—'), textCell('（无）'), centerCell(''), textCell('')]);
  return { table: { headerRows: 1, dontBreakRows: true, widths: [28, '*', 40, '*'], body }, layout: THIN_GRID };
}

function signOff(model: NoticeModel): Content {
  return {
    stack: [
      { text: `${model.officeName}（电子签章）`, alignment: 'right', margin: [0, 24, 0, 4] },
      { text: chineseDate(model.issuedOn), alignment: 'right' },
    ],
    unbreakable: true,
  };
}
