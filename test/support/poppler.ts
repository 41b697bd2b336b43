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
