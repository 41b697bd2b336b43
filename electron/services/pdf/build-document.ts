import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { appendixDocument } from './documents/appendix';
import { applicationDocument } from './documents/application';
import { blankDocument, sheetDocument } from './documents/sheet';
import { statsDocument } from './documents/stats';
import { summaryDocument } from './documents/summary';
import type { ReportModel } from './model';

/** Report model → pdfmake document definition (pure; no fonts or I/O). */
export function buildDocument(model: ReportModel): TDocumentDefinitions {
  switch (model.kind) {
    case 'sheet':
      return sheetDocument(model);
    case 'blank':
      return blankDocument(model);
    case 'appendix':
      return appendixDocument(model);
    case 'application':
      return applicationDocument(model);
    case 'stats':
      return statsDocument(model);
    case 'summary':
      return summaryDocument(model);
  }
}
