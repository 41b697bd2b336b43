import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { NOT_YET_DONE, type ResultsNotice } from '../../round-publish/results-notice-model';
import { centerCell, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { gridTable } from '../layout/tables';
import { basisBlock, keepHeadingsWithContent, sectionHeading, issuerBlock, issuerLine } from './round-notice-parts';

/** 检查结果公示 (一公开): per drawn institution the accepted outcome of its inspection in the round, or 尚未完成. */
export function roundResultsNoticeDocument(notice: ResultsNotice): TDocumentDefinitions {
  return keepHeadingsWithContent(
    reportDocument({
      title: notice.title,
      fingerprint: notice.fingerprint,
      // Eight columns: a landscape page gives the institution's name and the rectification room for a line each.
      orientation: 'landscape',
      content: [
        { text: notice.title, style: 'title' },
        issuerLine(notice.officeName, notice.publishedOn),
        {
          text:
            `${notice.roundName}按“双随机、一公开”原则抽取检查对象（抽取种子 SHA-256 ${notice.seedHash}），` +
            `共 ${notice.rows.length} 个，已完成检查 ${notice.completed} 个。现将检查结果公示如下。`,
          margin: [0, 0, 0, 4],
        },
        sectionHeading('一、依据'),
        basisBlock(notice.basis),
        sectionHeading('二、检查结果'),
        resultsTable(notice),
        {
          text: `“${NOT_YET_DONE}”：本单位尚未收到或尚未复核通过该机构本轮的检查结果，复核通过后另行公示。`,
          style: 'note',
          margin: [0, 4, 0, 0],
        },
        issuerBlock(notice.officeName, notice.publishedOn),
      ],
    }),
  );
}

function resultsTable(notice: ResultsNotice): Content {
  if (notice.rows.length === 0) return { text: '本轮未抽取检查对象。' };
  const rows: TableCell[][] = notice.rows.map((row) => [
    centerCell(String(row.no)),
    textCell(row.institutionName),
    centerCell(row.filingNo),
    centerCell(row.kindLabel),
    centerCell(row.inspectionDate || '—'),
    centerCell(row.score || '—'),
    textCell(row.outcome, { bold: !row.outcome.startsWith(NOT_YET_DONE) }),
    textCell(row.rectification || '—'),
  ]);
  return gridTable(['序号', '机构名称', '备案号', '类别', '检查日期', '得分', '评估意见', '整改情况'], rows, [24, '*', 76, 76, 56, 36, 110, 150]);
}
