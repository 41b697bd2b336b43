import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase, BenchRow } from './harness';

// Runs every test/bench/*.bench.ts (or those whose name contains the first argument) and prints one table.
const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

const rows: (BenchRow & { suite: string })[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { cases: BenchCase[] };
  for (const benchCase of mod.cases) {
    process.stderr.write(`… ${benchCase.name}\n`);
    for (const row of await benchCase.run()) rows.push({ ...row, suite: benchCase.name });
  }
}

const header = ['suite', 'measure', 'value', 'unit', 'goal', 'note'];
const table = rows.map((r) => [r.suite, r.name, formatValue(r.value), r.unit, r.goal ?? '', r.note ?? '']);
const widths = header.map((h, i) => Math.max(width(h), ...table.map((row) => width(row[i] ?? ''))));
const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return value < 1 ? value.toFixed(4) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}
// CJK characters take two columns in a terminal.
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
function pad(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}
