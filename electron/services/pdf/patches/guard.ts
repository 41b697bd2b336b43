import type { UpstreamPackage } from './upstream-versions';

/**
 * A patch replaces private methods of pdfmake, pdfkit or fontkit. Renamed upstream, the patch would simply stop being
 * called and every output would still look right, only slower; changed upstream, it could draw wrongly. So before
 * anything is patched the versions are checked (upstream-versions.ts) and so is the shape of each method a patch
 * replaces or calls: it exists and takes as many parameters as it did. On any mismatch stock pdfmake runs, with one
 * warning for the process.
 */

/** What a patch replaces upstream, as its file's header names it: `pdfmake 0.3.11 Renderer.prototype.renderLine`. */
export interface UpstreamMethod {
  package: UpstreamPackage;
  method: string;
}

/** A method a patch relies on: where it lives (for the warning), the object holding it, its name and parameter count. */
export interface MethodShape {
  where: string;
  holder: unknown;
  method: string;
  arity: number;
  /** Replaced by the patch (not only called by it). */
  replaced?: boolean;
}

export interface PatchInfo {
  /** The patch's file in this folder. */
  file: string;
  replaces: readonly UpstreamMethod[];
}

/** A patch installed at load, on classes pdfmake's modules export. */
export interface PdfPatch extends PatchInfo {
  /** The methods it replaces or calls on those classes, read when asked (each module is loaded by then). */
  shapes(): MethodShape[];
  install(): void;
}

/** One sentence per method that is missing or takes a different number of parameters. */
export function shapeProblems(shapes: readonly MethodShape[]): string[] {
  const problems: string[] = [];
  for (const { where, holder, method, arity } of shapes) {
    const found = holder === null || holder === undefined ? undefined : (holder as Record<string, unknown>)[method];
    if (typeof found !== 'function') problems.push(`${where}.${method} 不存在`);
    else if (found.length !== arity) problems.push(`${where}.${method} 的参数个数为 ${found.length}，补丁针对 ${arity}`);
  }
  return problems;
}

let warn: (message: string) => void = (message) => console.warn(message);
let warned = false;

/** Where the warning goes (console.warn unless a test listens). */
export function setMismatchWarning(next: (message: string) => void): void {
  warn = next;
}

/** The one warning of the process: later mismatches are not repeated. */
export function reportMismatch(problems: readonly string[]): void {
  if (warned) return;
  warned = true;
  warn(`PDF 加速补丁未启用，使用原版 pdfmake（结果相同，只是较慢）：${problems.join('；')}`);
}

/**
 * For a class reached only through a document's first font, subset, image or object (pdfkit and fontkit do not export
 * it): its methods are checked when it is reached. A mismatch leaves that one class stock, with the warning.
 */
export function matchesWhenReached(shapes: readonly MethodShape[]): boolean {
  const problems = shapeProblems(shapes);
  if (problems.length > 0) reportMismatch(problems);
  return problems.length === 0;
}
