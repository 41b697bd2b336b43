/**
 * How often each patch did its own work in this process (not merely passed the call on to the stock method). A renamed
 * field upstream can leave a patch installed yet never taking its path; the tests render reports and expect every
 * count to rise (test/integration/pdf/pdf-patches-engaged.test.ts). Counting costs one increment per call.
 */
export const PATCH_PROBES = [
  'parsed-font-cache',
  'plain-cjk-layout',
  'glyph-records',
  'direct-text',
  'direct-rules',
  'inline-measure',
  'stream-compression',
  'png-alpha-cache',
] as const;

export type PatchProbe = (typeof PATCH_PROBES)[number];

const uses = Object.fromEntries(PATCH_PROBES.map((probe) => [probe, 0])) as Record<PatchProbe, number>;

export function engaged(probe: PatchProbe): void {
  uses[probe]++;
}

export function patchUses(): Readonly<Record<PatchProbe, number>> {
  return { ...uses };
}
