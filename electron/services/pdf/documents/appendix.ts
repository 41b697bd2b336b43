import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { centerCell, pointsText, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { fieldTable, gridTable } from '../layout/tables';
import type { AppendixModel, DrawRecordView } from '../model/appendix';

/** 附录: every draw with what the office needs to re-run it, then every finding with the unit it concerns. */
export function appendixDocument(model: AppendixModel): TDocumentDefinitions {
  const { institution, inspection } = model;
  return reportDocument({
    title: `现场核查附录 — ${institution.name}`,
    fingerprint: fingerprintOf(model),
    content: [
      { text: '现场核查附录：抽样记录与问题清单', style: 'title' },
      { text: model.templateTitle, style: 'subtitle' },
      fieldTable([
        ['机构名称', institution.name],
        ['机构备案号', institution.filingNo],
        ['机构类别', institution.kindLabel],
        ['核查编号', inspection.id],
        ['核查日期', inspection.date],
      ]),
      { text: '一、抽样记录', style: 'sectionHeading' },
      {
        text: '每次抽样均可由记录的随机种子、算法版本和抽样总体（总体哈希相同）重新运行，得到相同的抽取结果。',
        style: 'note',
        margin: [0, 0, 0, 4],
      },
      ...(model.draws.length === 0 ? [{ text: '本次核查未进行随机抽样。', style: 'note' } as Content] : model.draws.flatMap(drawSection)),
      { text: '二、问题清单', style: 'sectionHeading' },
      findingsTable(model),
    ],
  });
}

function drawSection(draw: DrawRecordView, index: number): Content[] {
  const units: TableCell[][] = draw.units.map((unit, i) => [centerCell(String(i + 1)), textCell(unit.id), textCell(unit.label)]);
  return [
    { text: `抽样 ${index + 1}:${draw.ruleText}`, bold: true, margin: [0, 6, 0, 3] },
    fieldTable([
      ['抽样规则', `${draw.ruleId} ${draw.ruleText}`],
      ['适用评估内容', draw.itemIds.join('、') || '—'],
      ['抽取要求', draw.requested],
      ['随机种子', draw.seed],
      ['算法版本', draw.algorithm],
      ['总体数量', String(draw.populationSize)],
      ['总体哈希', draw.populationHash],
      ['抽样时间', draw.drawnAt],
      ['不足与放宽', draw.relaxations.length > 0 ? draw.relaxations.join(';') : '无'],
    ]),
    { text: '抽取单元', margin: [0, 4, 0, 2], style: 'note' },
    gridTable(['序号', '单元编号', '说明'], units.length > 0 ? units : [[centerCell('—'), textCell('未抽取到单元'), textCell('')]], [30, 110, '*']),
  ];
}

function findingsTable(model: AppendixModel): Content {
  if (model.findings.length === 0) return { text: '本次核查未记录问题。', style: 'note' };
  const rows = model.findings.map((finding, i) => [
    centerCell(String(i + 1)),
    centerCell(finding.itemId),
    textCell(finding.unit ?? '机构'),
    textCell(finding.description),
    centerCell(finding.deducted === null ? '' : `-${pointsText(finding.deducted)}`),
  ]);
  return gridTable(['序号', '评估内容', '涉及单元', '问题描述', '扣分'], rows, [30, 50, 100, '*', 40]);
}
