import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../db/engine';
import { DEMO_INSPECTORS } from '../../../db/demo/demo-panel';
import { getMeta, isDemoDatabase, META_KEYS, setMeta } from '../../../db/repositories/app-meta';
import { listInspections } from '../../../db/repositories/inspections';
import { loadSheetModel } from '../pdf/load/inspection-models';
import type { ReportModel } from '../pdf/model';
import { reportsDir } from '../pdf/reports-dir';
import { signAsInspector } from '../signing/sign-as-inspector';

/**
 * Passphrase of the demo inspectors' local signing keys. DEMO ONLY: it is public (README, docs), so a report signed
 * with it proves nothing; real inspectors choose their own passphrase when they first sign.
 */
export const DEMO_SIGNING_PASSPHRASE = 'demo-only-2023';

export interface SignedDemoReportDeps {
  db: Database;
  /** The app's data folder: the report goes to <dataDir>/reports, the identities to <dataDir>/signing. */
  dataDir: string;
  /** The PDF worker in the app; in-process rendering for the CLI. */
  render(model: ReportModel): Promise<Buffer>;
  now(): Date;
}

export interface SignedDemoReport {
  inspectionId: number;
  file: string;
  path: string;
  signers: string[];
  created: boolean;
}

/**
 * The demo's finished inspection printed as the scored sheet and signed in turn by both demo inspectors, so a
 * newcomer opens a real signed report at once. Null when the database holds no demo; an existing report is kept.
 */
export async function createSignedDemoReport(deps: SignedDemoReportDeps): Promise<SignedDemoReport | null> {
  if (!isDemoDatabase(deps.db)) return null;
  const finished = listInspections(deps.db).find((inspection) => inspection.status === 'locked');
  if (!finished) return null;
  const file = `demo-sheet-${finished.id}.pdf`;
  const path = join(reportsDir(deps.dataDir), file);
  const signers = DEMO_INSPECTORS.map((inspector) => inspector.name);
  if (getMeta(deps.db, META_KEYS.demoReport) === file && existsSync(path)) return { inspectionId: finished.id, file, path, signers, created: false };

  let pdf = await deps.render(loadSheetModel(deps.db, finished.id));
  for (const inspector of DEMO_INSPECTORS) {
    ({ signed: pdf } = await signAsInspector(pdf, deps.dataDir, {
      inspectorId: inspector.identityId,
      signerName: inspector.name,
      passphrase: DEMO_SIGNING_PASSPHRASE,
      location: finished.site,
      signingTime: deps.now(),
    }));
  }
  writeFileSync(path, pdf);
  setMeta(deps.db, META_KEYS.demoReport, file);
  return { inspectionId: finished.id, file, path, signers, created: true };
}
