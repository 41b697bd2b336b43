import { directDrawingPatch } from './direct-drawing';
import { parsedFontCachePatch } from './font-cache';
import { glyphRecordsPatch } from './glyph-records';
import { reportMismatch, setMismatchWarning, shapeProblems, type PatchInfo, type PdfPatch } from './guard';
import { inlineMeasurePatch } from './inline-measure';
import { plainCjkLayoutPatch } from './plain-cjk-layout';
import { pngAlphaCachePatch } from './png-alpha-cache';
import { streamCompressionPatch } from './stream-compression';
import { installedVersions, versionProblems, type UpstreamVersions } from './upstream-versions';

export { PATCH_PROBES, patchUses, type PatchProbe } from './engagement';

/**
 * The speed-ups installed at load. All or nothing: the tests prove one combination drawing what stock pdfmake draws
 * (test/integration/pdf/pdfmake-speedups.test.ts, pixel for pixel), all of them, and they lean on each other — the
 * font cache installs the two font patches, the drawing relies on the fields the measure sets. Stock pdfmake is the
 * other proven combination. (The classes only a document reaches are checked when reached: guard.ts.)
 */
export const LOAD_TIME_PATCHES: readonly PdfPatch[] = [
  parsedFontCachePatch,
  directDrawingPatch,
  inlineMeasurePatch,
  streamCompressionPatch,
  pngAlphaCachePatch,
];

/** Every patch file, with what it replaces (the font patches are installed by the font cache). */
export const ALL_PATCHES: readonly PatchInfo[] = [...LOAD_TIME_PATCHES, plainCjkLayoutPatch, glyphRecordsPatch];

export interface PatchDecision {
  installed: boolean;
  problems: readonly string[];
}

export interface GuardOptions {
  /** The versions to judge (tests pretend an upgrade); by default those this process runs. */
  versions?: UpstreamVersions;
  warn?: (message: string) => void;
}

let decision: PatchDecision | undefined;

function problemsOf(patch: PdfPatch): string[] {
  try {
    return shapeProblems(patch.shapes());
  } catch (error) {
    // A class no longer where the patch looks for it.
    return [`${patch.file}：${error instanceof Error ? error.message : String(error)}`];
  }
}

/**
 * Checks the versions and method shapes, then installs every speed-up, or none with one warning. Decided once per
 * process (each worker thread is one): later calls return the first decision.
 */
export function installPdfmakePatches(options: GuardOptions = {}): PatchDecision {
  if (decision) return decision;
  if (options.warn) setMismatchWarning(options.warn);
  const problems = [...versionProblems(options.versions ?? installedVersions()), ...LOAD_TIME_PATCHES.flatMap(problemsOf)];
  if (problems.length > 0) reportMismatch(problems);
  else for (const patch of LOAD_TIME_PATCHES) patch.install();
  decision = { installed: problems.length === 0, problems };
  return decision;
}
