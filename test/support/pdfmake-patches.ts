import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LOAD_TIME_PATCHES } from '../../electron/services/pdf/patches';

/** The methods the speed-ups replace on objects reachable at load, as they are now, by name (`pdfmake Renderer.prototype.renderLine`). */
export function replacedMethods(): Record<string, unknown> {
  const shapes = LOAD_TIME_PATCHES.flatMap((patch) => patch.shapes()).filter((shape) => shape.replaced);
  return Object.fromEntries(shapes.map((shape) => [`${shape.where}.${shape.method}`, (shape.holder as Record<string, unknown>)[shape.method]]));
}

/** How many text objects (BT) and text matrices (Tm) a PDF's content streams hold (qpdf --qdf uncompresses them). */
export function textOperatorCounts(file: string): { bt: number; tm: number } {
  const expanded = `${file}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, expanded]);
  const text = readFileSync(expanded, 'latin1');
  return { bt: text.match(/^BT$/gm)?.length ?? 0, tm: text.match(/^1 0 0 1 \S+ \S+ Tm$/gm)?.length ?? 0 };
}
