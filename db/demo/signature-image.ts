import { encodeRgbaPng } from './png-encode';
import { DemoRandom } from './prng';

const WIDTH = 240;
const HEIGHT = 90;
/** Blue-black ink, as a ballpoint signature on the tablet looks. */
const INK = [0x1b, 0x2a, 0x5a] as const;

interface Point {
  x: number;
  y: number;
}

/** Catmull–Rom through the control points: a smooth pen path like a quick signature stroke. */
function spline(points: readonly Point[], stepsPerSegment: number): Point[] {
  const path: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = points[Math.max(0, i - 1)] as Point;
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p3 = points[Math.min(points.length - 1, i + 2)] as Point;
    for (let s = 0; s < stepsPerSegment; s++) {
      const t = s / stepsPerSegment;
      const t2 = t * t;
      const t3 = t2 * t;
      const blend = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      path.push({ x: blend(p0.x, p1.x, p2.x, p3.x), y: blend(p0.y, p1.y, p2.y, p3.y) });
    }
  }
  const last = points.at(-1);
  if (last) path.push(last);
  return path;
}

/** Stamps an anti-aliased disc; coverage keeps the darkest value so overlapping strokes do not blot. */
function stampDisc(alpha: Float32Array, cx: number, cy: number, radius: number): void {
  const reach = Math.ceil(radius + 1);
  for (let y = Math.max(0, Math.floor(cy) - reach); y <= Math.min(HEIGHT - 1, Math.ceil(cy) + reach); y++) {
    for (let x = Math.max(0, Math.floor(cx) - reach); x <= Math.min(WIDTH - 1, Math.ceil(cx) + reach); x++) {
      const coverage = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(x - cx, y - cy)));
      const index = y * WIDTH + x;
      if (coverage > (alpha[index] ?? 0)) alpha[index] = coverage;
    }
  }
}

/**
 * One running stroke per character of the name — moving right with up-and-down loops, as a hurried hand writes —
 * and a flourish under it.
 */
function strokesFor(name: string, random: DemoRandom): Point[][] {
  const glyphs = [...name];
  const cell = (WIDTH - 40) / Math.max(1, glyphs.length);
  const strokes: Point[][] = glyphs.map((_, index) => {
    const left = 20 + index * cell;
    const pointCount = random.int(5, 9);
    // Each character its own height and baseline, and now and then a hook back to the left, as a real hand varies.
    const top = 12 + random.next() * 16;
    const bottom = HEIGHT - 44 + random.next() * 20;
    return Array.from({ length: pointCount }, (_unused, p) => {
      const y = p % 2 === 0 ? top + random.next() * 10 : bottom - random.next() * 10;
      const hook = random.chance(0.25) ? -cell * 0.25 : 0;
      return { x: left + (cell * 0.85 * p) / (pointCount - 1) + (HEIGHT - y) * 0.15 + hook, y };
    });
  });
  strokes.push([
    { x: 22, y: HEIGHT - 14 },
    { x: WIDTH * 0.5, y: HEIGHT - 9 - random.int(0, 5) },
    { x: WIDTH - 22, y: HEIGHT - 18 - random.int(0, 8) },
  ]);
  return strokes;
}

/** Stamps discs along the path no more than half a pixel apart, so the line stays solid at any speed. */
function drawPath(alpha: Float32Array, path: readonly Point[]): void {
  const total = path.length;
  path.forEach((point, i) => {
    const next = path[i + 1];
    // Pen pressure: thin at the ends of a stroke, fuller in the middle.
    const pressure = Math.sin((Math.PI * (i + 1)) / (total + 1));
    const radius = 0.8 + 1.2 * pressure;
    const steps = next ? Math.max(1, Math.ceil(Math.hypot(next.x - point.x, next.y - point.y) * 2)) : 1;
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      stampDisc(alpha, point.x + (next ? (next.x - point.x) * t : 0), point.y + (next ? (next.y - point.y) * t : 0), radius);
    }
  });
}

/**
 * A handwritten-looking signature of `name` as a PNG with a transparent background: the same name always gives the
 * same image (the demo must be deterministic), different names look different. For the demo data only.
 */
export function demoSignaturePng(name: string): Uint8Array {
  const seed = [...name].reduce((hash, ch) => Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0, 2166136261);
  const random = new DemoRandom(seed);
  const alpha = new Float32Array(WIDTH * HEIGHT);
  for (const stroke of strokesFor(name, random)) drawPath(alpha, spline(stroke, 12));
  const rgba = new Uint8Array(WIDTH * HEIGHT * 4);
  alpha.forEach((value, index) => {
    rgba.set([INK[0], INK[1], INK[2], Math.round(value * 255)], index * 4);
  });
  return encodeRgbaPng(WIDTH, HEIGHT, rgba);
}
