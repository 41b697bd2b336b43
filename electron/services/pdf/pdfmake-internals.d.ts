// pdfmake's PDFDocument (a pdfkit subclass) has no typings; font-cache.ts narrows what it uses.
declare module 'pdfmake/js/PDFDocument.js' {
  const value: unknown;
  export default value;
}
