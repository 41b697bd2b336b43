/**
 * How often each patch did its own work in this process (not merely passed the call on to the stock method). A renamed
 * field upstream can leave a patch installed yet never taking its path; the tests render reports and expect every
 * count to rise (test/integration/pdf/pdf-patches-engaged.test.ts).
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

/** One patch's count; kept by the patch module so the hot path is a plain field increment. */
export interface Probe {
  uses: number;
}

const probes = new Map<PatchProbe, Probe>(PATCH_PROBES.map((name) => [name, { uses: 0 }]));

export function patchProbe(name: PatchProbe): Probe {
  return probes.get(name) as Probe;
}

export function patchUses(): Readonly<Record<PatchProbe, number>> {
  return Object.fromEntries(PATCH_PROBES.map((name) => [name, patchProbe(name).uses])) as Record<PatchProbe, number>;
}
