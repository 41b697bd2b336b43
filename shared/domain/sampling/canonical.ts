import { HashingUtf8Writer, type HashFactory } from './hashing-writer';
import { POPULATION_FORMAT, type Population, type PopulationBatch } from './population';

/**
 * Canonical form of a population, the one its hash and every draw are computed from, so the input order
 * (database, file, spreadsheet) never matters:
 * - candidate ids of a batch sorted by Unicode code point (= byte order of their UTF-8);
 * - batches sorted by id, then occupationCode, occupationName, level, examDate, then candidate ids;
 * - serialised as JSON without spaces, keys in this fixed order:
 *   {"format":"skill-inspector/population/v1","institutionKind":<string|null>,"batches":[
 *     {"id":…,"occupationCode":…,"occupationName":…,"level":…,"examDate":…,"candidateIds":[…]},…]}
 *   strings escaped exactly as JSON.stringify does; the hash is SHA-256 of the UTF-8 bytes.
 */
export interface CanonicalPopulation {
  institutionKind: Population['institutionKind'];
  batches: readonly PopulationBatch[];
  candidateCount: number;
}

/** Unicode code point order; plain `<` on strings compares UTF-16 units and misorders astral characters. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrderKey(x) - codePointOrderKey(y);
  }
  return a.length - b.length;
}

// Surrogates (U+D800–DFFF, the astral planes) must sort after U+E000–FFFF.
function codePointOrderKey(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

// Below U+D800, UTF-16 order is code point order, so the engine's own (fast) string comparison can be used.
const BEYOND_NATIVE_ORDER = /[\ud800-\uffff]/;

function sortedByCodePoint(values: readonly string[]): readonly string[] {
  if (BEYOND_NATIVE_ORDER.test(values.join(''))) {
    for (let i = 1; i < values.length; i++) {
      if (compareCodePoints(values[i - 1] as string, values[i] as string) > 0) return [...values].sort(compareCodePoints);
    }
    return values;
  }
  for (let i = 1; i < values.length; i++) {
    if ((values[i - 1] as string) > (values[i] as string)) return [...values].sort();
  }
  return values;
}

function compareStringLists(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareCodePoints(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

export function compareBatches(a: PopulationBatch, b: PopulationBatch): number {
  return (
    compareCodePoints(a.id, b.id) ||
    compareCodePoints(a.occupationCode, b.occupationCode) ||
    compareCodePoints(a.occupationName, b.occupationName) ||
    compareCodePoints(a.level, b.level) ||
    compareCodePoints(a.examDate, b.examDate) ||
    compareStringLists(a.candidateIds, b.candidateIds)
  );
}

export function canonicalizePopulation(population: Population): CanonicalPopulation {
  let candidateCount = 0;
  const batches = population.batches.map((batch) => {
    candidateCount += batch.candidateIds.length;
    // Data from the database is usually sorted already: check first, sort a copy only when needed.
    const candidateIds = sortedByCodePoint(batch.candidateIds);
    return candidateIds === batch.candidateIds ? batch : { ...batch, candidateIds };
  });
  batches.sort(compareBatches);
  return { institutionKind: population.institutionKind ?? null, batches, candidateCount };
}

/** The canonical JSON of one batch: JSON.stringify keeps the insertion order of these (non-numeric) keys. */
function batchJson(batch: PopulationBatch): string {
  return JSON.stringify({
    id: batch.id,
    occupationCode: batch.occupationCode,
    occupationName: batch.occupationName,
    level: batch.level,
    examDate: batch.examDate,
    candidateIds: batch.candidateIds,
  });
}

function headerJson(canonical: CanonicalPopulation): string {
  return `{"format":${JSON.stringify(POPULATION_FORMAT)},"institutionKind":${JSON.stringify(canonical.institutionKind)},"batches":[`;
}

/** SHA-256 (hex) of the canonical JSON, streamed batch by batch: the whole text is never built in memory. */
export function hashCanonicalPopulation(canonical: CanonicalPopulation, newHash?: HashFactory): string {
  const writer = new HashingUtf8Writer(newHash?.()).text(headerJson(canonical));
  canonical.batches.forEach((batch, index) => {
    if (index > 0) writer.text(',');
    writer.text(batchJson(batch));
  });
  return writer.text(']}').digestHex();
}

/** The JSON text the hash is taken over (for small populations, tests and documentation). */
export function canonicalPopulationJson(canonical: CanonicalPopulation): string {
  return `${headerJson(canonical)}${canonical.batches.map(batchJson).join(',')}]}`;
}

export function populationHash(population: Population, newHash?: HashFactory): string {
  return hashCanonicalPopulation(canonicalizePopulation(population), newHash);
}
