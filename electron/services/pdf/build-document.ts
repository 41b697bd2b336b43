import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { appendixDocument } from './documents/appendix';
import { applicationDocument } from './documents/application';
import { noticeDocument } from './documents/notice';
import { recheckDocument } from './documents/recheck';
import { blankDocument, sheetDocument } from './documents/sheet';
import { statsDocument } from './documents/stats';
import { summaryDocument } from './documents/summary';
import type { ReportModel } from './model';

/**
 * Report model → pdfmake document definition (pure; no fonts or I/O). `newPageRows`: the scoring table's body rows
 * that begin a new page, where merged cells are continued (found by the renderer, render-report.ts).
 */
export function buildDocument(model: ReportModel, newPageRows?: ReadonlySet<number>): TDocumentDefinitions {
  switch (model.kind) {
    case 'sheet':
      return sheetDocument(model, newPageRows);
    case 'blank':
      return blankDocument(model, newPageRows);
    case 'appendix':
      return appendixDocument(model);
    case 'application':
      return applicationDocument(model);
    case 'stats':
      return statsDocument(model);
    case 'summary':
      return summaryDocument(model);
    case 'notice':
      return noticeDocument(model);
    case 'recheck':
      return recheckDocument(model);
  }
}
