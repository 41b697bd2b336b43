/**
 * Our own drawing operators for one pdfkit document. pdfkit writes every text as q, cm, BT, Tm, Tf, TJ, ET, Q plus
 * opacity and colour, and every table rule as width, dash, join, cap, colour, opacity, m, l, S — each operator a
 * separate Buffer. Here consecutive texts share one text object (font, colour and opacity written only when they
 * change) and consecutive rules of one style share one path, all kept as strings and written to the page in one piece.
 * Whenever pdfkit itself is about to write (an image, a clip, a new page…), what is pending is written first and the
 * block is closed, so the order of drawing is pdfmake's. Each block is wrapped in q…Q: what it sets ends with it.
 */

export interface EmbeddedFontLike {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string): [string[], GlyphPosition[]];
}

export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface PdfkitDocumentLike {
  page: { height: number; fonts: Record<string, unknown>; ext_gstates: Record<string, unknown>; write(chunk: string): void };
  _opacityRegistry: Record<string, [unknown, string] | undefined>;
  _opacityCount: number;
  ref(data: Record<string, unknown>): { end(): void };
  resolveColor(color: unknown, fallback: string): unknown;
  _normalizeColor(color: unknown): unknown;
}

/** One text object's worth of glyphs: pieces drawn from x, each encoded on its own as pdfmake measured it. */
export interface TextRun {
  font: EmbeddedFontLike;
  fontSize: number;
  color: unknown;
  opacity: number;
  x: number;
  /** Top of the glyphs' ascent in pdfmake's (top-down) coordinates. */
  top: number;
  texts: readonly string[];
}

export interface RuleSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  lineCap: number;
  lineJoin: number;
  color: unknown;
}

/** pdfkit's number format: at most six decimals. */
function pdfNumber(n: number): string {
  if (!(n > -1e21 && n < 1e21)) throw new Error(`unsupported number: ${n}`);
  return String(Math.round(n * 1e6) / 1e6);
}

const clampOpacity = (value: number) => Math.max(0, Math.min(1, value));

export class DirectContent {
  private readonly lines: string[] = [];
  private block: 'text' | 'path' | null = null;
  private font = '';
  private fill = '';
  private fillState = '';
  private ruleStyle = '';
  private openPath = false;
  /** Per pdfkit colour value: its fill and stroke operators (`r g b rg` / `RG`, or CMYK `k` / `K`), or null. */
  private readonly colors = new Map<unknown, { fill: string; stroke: string } | null>();

  constructor(private readonly doc: PdfkitDocumentLike) {}

  /** The fill and stroke operators for pdfkit's colour value, or null when it is not plain RGB/CMYK (pdfkit draws it). */
  colorOperators(color: unknown): { fill: string; stroke: string } | null {
    let operators = this.colors.get(color);
    if (operators === undefined) {
      const normalized = this.doc._normalizeColor(this.doc.resolveColor(color, 'black'));
      const operands = Array.isArray(normalized) && (normalized.length === 3 || normalized.length === 4) ? normalized.join(' ') : null;
      const cmyk = Array.isArray(normalized) && normalized.length === 4;
      operators = operands === null ? null : { fill: `${operands} ${cmyk ? 'k' : 'rg'}`, stroke: `${operands} ${cmyk ? 'K' : 'RG'}` };
      this.colors.set(color, operators);
    }
    return operators;
  }

  text(run: TextRun): void {
    const { fill } = this.colorOperators(run.color) as { fill: string };
    this.enter('text');
    const { doc, lines } = this;
    const page = doc.page;
    if (page.fonts[run.font.id] == null) page.fonts[run.font.id] = run.font.ref();
    const font = `/${run.font.id} ${pdfNumber(run.fontSize)} Tf`;
    if (font !== this.font) lines.push((this.font = font));
    const opacity = clampOpacity(run.opacity);
    const state = this.extGState(opacity, opacity);
    if (state !== this.fillState) lines.push(`/${(this.fillState = state)} gs`);
    if (fill !== this.fill) lines.push((this.fill = fill));

    const x = run.x;
    const y = page.height - run.top - (run.font.ascender / 1000) * run.fontSize;
    lines.push(`1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm`);
    const encoded: string[] = [];
    const positions: GlyphPosition[] = [];
    for (const text of run.texts) {
      const [pieceGlyphs, piecePositions] = run.font.encode(text);
      for (let i = 0; i < pieceGlyphs.length; i++) {
        encoded.push(pieceGlyphs[i] as string);
        positions.push(piecePositions[i] as GlyphPosition);
      }
    }
    lines.push(...showGlyphs(encoded, positions, x, y, run.fontSize / 1000));
  }

  rule(segment: RuleSegment): void {
    const { stroke } = this.colorOperators(segment.color) as { stroke: string };
    this.enter('path');
    const strokeState = this.extGState(null, 1);
    const style = `${pdfNumber(segment.lineWidth)} w\n[] 0 d\n${segment.lineJoin} j\n${segment.lineCap} J\n${stroke}\n/${strokeState} gs`;
    if (style !== this.ruleStyle) {
      if (this.openPath) this.lines.push('S');
      this.lines.push((this.ruleStyle = style));
    }
    this.lines.push(`${pdfNumber(segment.x1)} ${pdfNumber(segment.y1)} m`, `${pdfNumber(segment.x2)} ${pdfNumber(segment.y2)} l`);
    this.openPath = true;
  }

  /** Ends the open block and writes everything pending to the current page. */
  flush(): void {
    if (this.block === null) return;
    if (this.block === 'text') this.lines.push('ET', 'Q');
    else this.lines.push(...(this.openPath ? ['S'] : []), 'Q');
    this.block = null;
    this.doc.page.write(this.lines.join('\n'));
    this.lines.length = 0;
  }

  private enter(kind: 'text' | 'path'): void {
    if (this.block === kind) return;
    this.flush();
    this.block = kind;
    this.font = this.fill = this.fillState = this.ruleStyle = '';
    this.openPath = false;
    // Text is written in PDF's bottom-up coordinates, as pdfkit does, undoing the page's top-down transform.
    if (kind === 'text') this.lines.push('q', `1 0 0 -1 0 ${pdfNumber(this.doc.page.height)} cm`, 'BT');
    else this.lines.push('q');
  }

  /** The page's ExtGState for these opacities, registered as pdfkit's _doOpacity does (without writing `gs`). */
  private extGState(fill: number | null, stroke: number | null): string {
    const { doc } = this;
    const key = `${fill}_${stroke}`;
    let entry = doc._opacityRegistry[key];
    if (!entry) {
      const dictionary: Record<string, unknown> = { Type: 'ExtGState' };
      if (fill != null) dictionary.ca = fill;
      if (stroke != null) dictionary.CA = stroke;
      const ref = doc.ref(dictionary);
      ref.end();
      entry = [ref, `Gs${++doc._opacityCount}`];
      doc._opacityRegistry[key] = entry;
    }
    doc.page.ext_gstates[entry[1]] = entry[0];
    return entry[1];
  }
}

/**
 * The text-showing operators for glyphs starting at (x, y), as pdfkit's _fragment writes them: a segment of glyphs
 * ends where a glyph's advance differs from its width (kerning), and a glyph with an offset gets its own text matrix.
 */
function showGlyphs(encoded: readonly string[], positions: readonly GlyphPosition[], x: number, y: number, scale: number): string[] {
  const lines: string[] = [];
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (current: number) => {
    if (last < current) {
      const end = positions[current - 1] as GlyphPosition;
      commands.push(`<${encoded.slice(last, current).join('')}> ${pdfNumber(-(end.xAdvance - end.advanceWidth))}`);
    }
    last = current;
  };
  const flushSegments = (current: number) => {
    addSegment(current);
    if (commands.length > 0) lines.push(`[${commands.join(' ')}] TJ`);
    commands.length = 0;
  };
  let penX = x;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as GlyphPosition;
    if (position.xOffset || position.yOffset) {
      flushSegments(i);
      lines.push(`1 0 0 1 ${pdfNumber(penX + position.xOffset * scale)} ${pdfNumber(y + position.yOffset * scale)} Tm`);
      flushSegments(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        lines.push(`1 0 0 1 ${pdfNumber(penX)} ${pdfNumber(y)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    penX += position.xAdvance * scale;
  }
  flushSegments(positions.length);
  return lines;
}
