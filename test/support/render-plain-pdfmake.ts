// Renders one report fixture with pdfmake exactly as published — none of the app's speed-ups installed — so tests can
// compare the app's output with pdfmake's own. Run in its own process (tsx): the speed-ups patch pdfmake per process.
// Usage: tsx render-plain-pdfmake.ts FIXTURE|DOC.json FONT_DIR OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfmakeModule from 'pdfmake';
import { buildDocument } from '../../electron/services/pdf/build-document';
import { FONT_FAMILY, FONT_FILES } from '../../electron/services/pdf/fonts';
import type { ReportModel } from '../../electron/services/pdf/model';
import * as fixtures from './report-fixtures';

interface PlainPdfmake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

const [fixture = '', fontDir = '', out = ''] = process.argv.slice(2);
const makeModel = (fixtures as unknown as Record<string, (() => ReportModel) | undefined>)[fixture];
const fromJson = fixture.endsWith('.json');
if ((!makeModel && !fromJson) || !fontDir || !out) throw new Error('usage: render-plain-pdfmake.ts FIXTURE|DOC.json FONT_DIR OUT');
const pdfmake = ((pdfmakeModule as unknown as { default?: PlainPdfmake }).default ?? pdfmakeModule) as unknown as PlainPdfmake;
pdfmake.virtualfs.writeFileSync(FONT_FILES.normal, readFileSync(join(fontDir, FONT_FILES.normal)));
pdfmake.virtualfs.writeFileSync(FONT_FILES.bold, readFileSync(join(fontDir, FONT_FILES.bold)));
pdfmake.setFonts({ [FONT_FAMILY]: { normal: FONT_FILES.normal, bold: FONT_FILES.bold, italics: FONT_FILES.normal, bolditalics: FONT_FILES.bold } });
const doc: unknown = fromJson ? JSON.parse(readFileSync(fixture, 'utf8')) : buildDocument((makeModel as () => ReportModel)());
writeFileSync(out, await pdfmake.createPdf(doc).getBuffer());
