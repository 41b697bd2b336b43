import ExcelJS from 'exceljs';
import { writeFormFile } from '../../electron/services/forms/write-form-file';
import { getTemplate } from '../../shared/domain/templates';

/** Where to change a form workbook: a cell of a sheet ('项目', 'F2'), or a 表头 field by its 字段 word ('版本'). */
export type FormWorkbookEdit = { sheet: string; cell: string; value: string } | { header: string; value: string };

/** A built-in form exported as the office would edit it (writeFormFile), with the given cells changed. */
export async function editedFormWorkbook(templateId: string, path: string, edits: readonly FormWorkbookEdit[]): Promise<string> {
  await writeFormFile(getTemplate(templateId), path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const edit of edits) {
    if ('cell' in edit) {
      workbook.getWorksheet(edit.sheet)!.getCell(edit.cell).value = edit.value;
      continue;
    }
    const header = workbook.getWorksheet('表头')!;
    let found = false;
    header.eachRow((row) => {
      if (row.getCell(1).value !== edit.header) return;
      row.getCell(2).value = edit.value;
      found = true;
    });
    if (!found) throw new Error(`表头 has no row ${edit.header}`);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}
