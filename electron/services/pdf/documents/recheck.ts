import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { centerCell, headerCell, pointsText, textCell } from '../layout/cells';
import { headerFields } from '../layout/header-fields';
import { reportDocument } from '../layout/page';
import { signatureBlock } from '../layout/signature-block';
import { THIN_GRID } from '../layout/tables';
import type { RecheckModel, RecheckResult } from '../model/rectification';
import { chineseDate } from './rectification-deadline-text';

const RESULT_LABELS: Record<RecheckResult, string> = { fixed: '已整改', notFixed: '未整改' };
const SCOPE_LABELS: Record<RecheckModel['rectification']['scope'], string> = { findings: '复查整改事项', full: '全面重新评估' };

/** 整改复查记录: per listed finding its 原扣分 and 复查结果, the follow-up's score and outcome, the panel's signatures. */
export function recheckDocument(model: RecheckModel): TDocumentDefinitions {
  const { institution, inspection, rectification } = model;
  return reportDocument({
    title: `整改复查记录 — ${institution.name}`,
    fingerprint: fingerprintOf(model),
    content: [
      { text: '整改复查记录', style: 'title' },
      headerFields(['机构名称', '机构备案号', '机构类别', '备案时间'], institution),
      {
        text: `核查编号：${inspection.id}  复查日期：${inspection.date}${inspection.place ? `  复查地点:${inspection.place}` : ''}  复查范围：${SCOPE_LABELS[rectification.scope]}`,
        style: 'note',
        margin: [0, 0, 0, 4],
      },
      {
        text: `原评估日期：${chineseDate(rectification.inspectionDate)}  原评估意见：${rectification.outcomeLabel}  整改期限：${chineseDate(rectification.dueOn)}前`,
        style: 'note',
        margin: [0, 0, 0, 6],
      },
      { text: '整改事项复查情况', style: 'sectionHeading' },
      findingsTable(model),
      resultLines(model),
      signatureBlock(model.panel, null),
    ],
  });
}

function findingsTable(model: RecheckModel): Content {
  const body: TableCell[][] = [[headerCell('序号'), headerCell('整改事项'), headerCell('原扣分'), headerCell('复查结果')]];
  model.findings.forEach(({ finding, result }, index) => {
    body.push([
      centerCell(String(index + 1)),
      textCell(finding.label),
      centerCell(finding.kind === 'veto' ? '否决项' : pointsText(finding.pointsLostHundredths)),
      centerCell(RESULT_LABELS[result], { bold: result === 'notFixed' }),
    ]);
  });
  if (model.findings.length === 0) body.push([centerCell('—'), textCell('（无）'), centerCell(''), centerCell('')]);
  return { table: { headerRows: 1, dontBreakRows: true, widths: [28, '*', 50, 60], body }, layout: THIN_GRID };
}

function resultLines(model: RecheckModel): Content {
  const fixed = model.findings.filter((f) => f.result === 'fixed').length;
  return {
    stack: [
      { text: '复查结果', style: 'sectionHeading' },
      {
        text: [{ text: '整改事项：', bold: true }, `共 ${model.findings.length} 项，已整改 ${fixed} 项，未整改 ${model.findings.length - fixed} 项`],
      },
      { text: [{ text: '复查得分：', bold: true }, model.score === null ? '（评分未完成）' : `${pointsText(model.score)} 分`] },
      {
        text: [
          { text: '复查结论：', bold: true },
          { text: model.outcomeLabel, bold: true },
        ],
      },
    ],
    unbreakable: true,
  };
}
