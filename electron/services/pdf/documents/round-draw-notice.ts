import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DrawNotice } from '../../round-publish/draw-notice-model';
import { centerCell, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { fieldTable, gridTable } from '../layout/tables';
import { basisBlock, keepHeadingsWithContent, sectionHeading, expertText, issuerBlock, issuerLine } from './round-notice-parts';

/**
 * 抽查结果公示 (一公开): the basis, the seed and its commitment, both directories' hashes, the rules in words, the drawn
 * institutions and their panels with the number of recusals, the notes, and how anyone can re-run the draw.
 */
export function roundDrawNoticeDocument(notice: DrawNotice): TDocumentDefinitions {
  return keepHeadingsWithContent(
    reportDocument({
      title: notice.title,
      fingerprint: notice.fingerprint,
      content: [
        { text: notice.title, style: 'title' },
        issuerLine(notice.officeName, notice.publishedOn),
        {
          text: `根据以下规定，本单位按“双随机、一公开”原则，从检查对象名录中随机抽取检查对象、从专家库中随机抽取检查专家，现将抽取结果公示如下。`,
          margin: [0, 0, 0, 4],
        },
        sectionHeading('一、依据'),
        basisBlock(notice.basis),
        sectionHeading('二、随机种子与名录'),
        fieldTable(seedFields(notice), 96),
        sectionHeading('三、抽取规则'),
        { ol: notice.rules, margin: [0, 0, 0, 2] },
        sectionHeading('四、检查对象'),
        objectsTable(notice),
        sectionHeading('五、专家组'),
        panelsTable(notice),
        sectionHeading('六、说明'),
        notesBlock(notice),
        sectionHeading('七、如何核验'),
        {
          text:
            '任何人均可用本公示的随机种子、抽取规则和两个名录（其哈希值见上）重新抽取：在技能评价现场核查软件中运行 ' +
            `“${notice.verifyCommand}”，结果与本公示不一致时命令报告差异并以退出码 1 结束。种子的哈希值已于抽取前公布，可核对种子未被更改。`,
        },
        issuerBlock(notice.officeName, notice.publishedOn),
      ],
    }),
  );
}

function seedFields(notice: DrawNotice): [string, string][] {
  return [
    ['随机种子', notice.seed],
    ['种子 SHA-256', notice.seedHash],
    ['种子固定时间', `${notice.seedFixedAt}（抽取前）`],
    ...(notice.seedNote ? ([['种子说明', notice.seedNote]] as [string, string][]) : []),
    ['抽取时间', notice.drawnAt],
    ['抽取算法', notice.algorithm],
    ['检查对象名录', `${notice.institutionDirectory.count} 个备案，SHA-256 ${notice.institutionDirectory.hash}`],
    ['检查人员名录', `${notice.expertDirectory.count} 名专家（在库 ${notice.expertDirectory.active} 名），SHA-256 ${notice.expertDirectory.hash}`],
  ];
}

function objectsTable(notice: DrawNotice): Content {
  if (notice.objects.length === 0) return { text: '本轮未抽取检查对象。' };
  const rows: TableCell[][] = notice.objects.map((object) => [
    centerCell(String(object.no)),
    textCell(object.institutionName),
    centerCell(object.filingNo),
    centerCell(object.kindLabel),
    textCell(object.reasons.join('\n')),
    textCell(object.batches || '—'),
  ]);
  return gridTable(['序号', '机构名称', '备案号', '类别', '选取原因', '抽检批次'], rows, [22, '*', 66, 56, 130, 56]);
}

function panelsTable(notice: DrawNotice): Content {
  if (notice.objects.length === 0) return { text: '本轮未抽取专家组。' };
  const rows: TableCell[][] = notice.objects.map(({ no, institutionName, panel }) => [
    centerCell(String(no)),
    textCell(institutionName),
    textCell(panel.leader ? expertText(panel.leader) : '（缺）'),
    // One member a line: a name is never split from its 专家编号.
    textCell(panel.members.length > 0 ? panel.members.map(expertText).join('\n') : '（缺）'),
    centerCell(String(panel.recusals)),
    textCell(panel.shortfall ?? '', panel.shortfall ? { style: 'warning' } : {}),
  ]);
  return gridTable(['序号', '检查对象', '组长', '成员', '回避人数', '说明'], rows, [24, '*', 76, 76, 40, 80]);
}

function notesBlock(notice: DrawNotice): Content {
  const shortPanels = notice.objects.filter((object) => object.panel.shortfall !== null);
  const recusalLine = `本轮共回避 ${notice.recusals.length} 人次（每名回避的专家及其原因见本公示的 XLSX 版“回避记录”）。`;
  const lines = [
    ...notice.notes,
    ...shortPanels.map((object) => `${object.institutionName}（${object.filingNo}）的专家组：${object.panel.shortfall ?? ''}，已如实记录。`),
    recusalLine,
  ];
  return { ul: lines };
}
