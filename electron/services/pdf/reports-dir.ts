import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Generated reports live in <dataDir>/reports; reports:sign and reports:verify only ever open files there. */
export function reportsDir(dataDir: string): string {
  const dir = join(dataDir, 'reports');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * One inspection's reports live in <dataDir>/reports/<inspectionId>: `bundle export` sends the signed PDFs found
 * there (electron/services/sync/field/bundle-export.ts) to the office.
 */
function inspectionReportsDir(dataDir: string, inspectionId: number): string {
  const dir = join(reportsDir(dataDir), String(inspectionId));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The folder of a report: its inspection's when it belongs to one, the shared one otherwise. */
export function reportFolder(dataDir: string, inspectionId: number | null | undefined): string {
  return inspectionId ? inspectionReportsDir(dataDir, inspectionId) : reportsDir(dataDir);
}
