import type { ReportModel } from './model';

/** Main → PDF worker (inside the envelope of ../worker/protocol.ts). */
export interface RenderRequest {
  model: ReportModel;
}

/** PDF worker → main: the PDF's bytes in an ArrayBuffer of their own, transferred rather than copied. */
export type RenderResult = Uint8Array<ArrayBuffer>;

export interface PdfWorkerData {
  fontDir?: string;
  /** Where the built worker keeps V8's compiled code between runs (worker-loader.ts); none: compile every time. */
  codeCacheDir?: string;
}
