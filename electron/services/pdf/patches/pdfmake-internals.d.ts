// pdfmake's PDFDocument (a pdfkit subclass) has no typings; font-cache.ts narrows what it uses.
declare module 'pdfmake/js/PDFDocument.js' {
  const value: unknown;
  export default value;
}

// pdfmake's Renderer has no typings; direct-drawing.ts narrows what it uses.
declare module 'pdfmake/js/Renderer.js' {
  const value: unknown;
  export default value;
}

// pdfmake's TextInlines has no typings; inline-measure.ts narrows what it uses.
declare module 'pdfmake/js/TextInlines.js' {
  const value: unknown;
  export default value;
}

// pdfmake's StyleContextStack has no typings; inline-measure.ts resolves styles through it.
declare module 'pdfmake/js/StyleContextStack.js' {
  const value: unknown;
  export default value;
}
