import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { headerFields } from '../layout/header-fields';
import { reportDocument } from '../layout/page';
import { signatureBlock } from '../layout/signature-block';
import type { BlankModel, SheetModel } from '../model/sheet';
import { formHeading } from './form-heading';
import { resultBlock } from './result-block';
import { hasGroupLevel } from './sheet-layout';
import { sheetTable } from './sheet-table';
import { vetoTable } from './veto-table';

/** The scored 评估表: official header and columns, then result, direct-fail answers, the panel's and the representative's signatures. */
export function sheetDocument(model: SheetModel, newPageRows?: ReadonlySet<number>): TDocumentDefinitions {
  const { template, result, institution, inspection } = model;
  const header =
    template.layout.headerFields.length > 0
      ? headerFields(template.layout.headerFields, institution)
      : enterpriseLine(institution.name, institution.filingNo);
  const inspected = {
    text: `核查编号：${inspection.id}  核查日期：${inspection.date}${inspection.place ? `  核查地点:${inspection.place}` : ''}`,
    style: 'note',
    margin: [0, 0, 0, 6] as [number, number, number, number],
  };
  return reportDocument({
    title: `${template.title} — ${institution.name}`,
    fingerprint: fingerprintOf(model),
    content: [
      ...formHeading(template),
      header,
      inspected,
      sheetTable(template, result, newPageRows),
      ...(hasGroupLevel(template) ? [vetoTable(template, result) ?? ''] : []),
      resultBlock(template, result),
      signatureBlock(model.panel, model.representative),
    ],
  });
}

/** The same form with empty score cells and a blank header, for a paper fallback. */
export function blankDocument(model: BlankModel, newPageRows?: ReadonlySet<number>): TDocumentDefinitions {
  const { template } = model;
  return reportDocument({
    title: `${template.title}（空白）`,
    fingerprint: fingerprintOf(model),
    content: [
      ...formHeading(template),
      headerFields(template.layout.headerFields.length > 0 ? template.layout.headerFields : ['企业名称', '人社部门备案号'], null),
      sheetTable(template, null, newPageRows),
      ...(hasGroupLevel(template) ? [vetoTable(template, null) ?? ''] : []),
      signatureBlock([], null),
    ],
  });
}

/** The Shandong form has no header block; the app prints the enterprise it was filled for above the table. */
function enterpriseLine(name: string, filingNo: string) {
  return {
    text: [{ text: '企业名称：', bold: true }, `${name}    `, { text: '人社部门备案号：', bold: true }, filingNo],
    margin: [0, 0, 0, 3] as [number, number, number, number],
  };
}
