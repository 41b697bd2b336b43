// Runs in a worker thread (through tsx): renders a sheet with the app's pdfmake runtime and reports the guard's
// decision and how often each speed-up did its work, so a test can see the patches engage inside a worker.
import { parentPort, workerData } from 'node:worker_threads';
import { buildDocument } from '../../electron/services/pdf/build-document';
import { installPdfmakePatches, patchUses } from '../../electron/services/pdf/patches';
import { renderPdf } from '../../electron/services/pdf/pdfmake-runtime';
import { shanxiSheetModel } from './report-fixtures';

const { fontDir } = workerData as { fontDir: string };
const model = shanxiSheetModel();
await renderPdf(buildDocument(model), fontDir);
const pdf = await renderPdf(buildDocument(model), fontDir);
parentPort?.postMessage({ decision: installPdfmakePatches(), uses: patchUses(), bytes: pdf.length });
