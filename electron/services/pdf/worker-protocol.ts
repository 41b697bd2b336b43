import type { ReportModel } from './model';

/** Main → PDF worker. */
export interface RenderRequest {
  id: number;
  model: ReportModel;
}

/** PDF worker → main; the bytes are transferred, not copied. */
export type RenderResponse = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };

export interface PdfWorkerData {
  fontDir?: string;
  /** Where the built worker keeps V8's compiled code between runs (worker-loader.ts); none: compile every time. */
  codeCacheDir?: string;
}
