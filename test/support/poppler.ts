import { execFileSync } from 'node:child_process';

/** Text of a PDF as poppler's pdftotext extracts it (layout order). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** pdfsig's report; it exits 0 even for broken signatures, so callers read the text (and stderr is merged in). */
export function pdfsig(file: string): string {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pdfPageSize(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Page size:\s+(.*)/.exec(info)?.[1] ?? '';
}

export interface PdfWord {
  page: number;
  text: string;
  /** xMin, yMin, xMax, yMax in points from the page's top left. */
  box: [number, number, number, number];
}

/** Every word poppler finds, with its page and box (pdftotext -bbox). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const found: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match) found.push({ page, text: match[5] ?? '', box: [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] });
  }
  return found;
}
