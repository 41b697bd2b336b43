// Scoring forms as XLSX-shaped sheets (docs/form-format.md): compile sheets to a Template, export a Template to sheets.
export { compileFormSheets, formProblemOf, type FormCompilation } from './compile';
export { readFormSheets } from './compile-sheets';
export { formSheetsOf } from './export';
export { hasErrors, type FormPlace, type FormProblem } from './form-problem';
export { formPlaceText } from './form-place-text';
export { columnLetter, FORM_SHEETS, HEADER_FIELDS, NOTES_SHEET, type FormCell, type FormSheet, type SheetSpec } from './sheets';
export { placeOf, type SourceEntry, type SourceMap } from './source-map';
