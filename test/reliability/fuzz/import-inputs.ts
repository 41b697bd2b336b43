import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { importDefinitions } from '../../../shared/import/kinds';
import type { ImportKind } from '../../../shared/import/types';
import { usccFor } from '../../support/import-data';

export const importKinds: readonly ImportKind[] = ['institutions', 'batches', 'candidates', 'experts'];

// Plausible values mixed with hostile ones: quotes, separators, line breaks, formulas, characters GBK cannot encode.
const cell = fc.oneof(
  fc.constantFrom(
    '阳泉市某评价中心',
    '自主评价企业',
    '社会培训评价组织',
    '2020年',
    '2021-02-30',
    '2020-09-01至2023-08-31',
    '',
    '电工',
    '五级',
    '是',
    '否',
  ),
  fc.nat({ max: 50 }).map((n) => usccFor(n)),
  fc.constantFrom(
    '"',
    '""',
    ',',
    '\n',
    '\r\n',
    '"a,b"',
    '😀',
    '𠀀',
    '\u00e9',
    'x"y',
    '=cmd|"/c calc"!A1',
    '\u0000',
    '\ufeff',
    '1e308',
    '-0',
    '44197',
  ),
  fc.string({ maxLength: 14 }),
);

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A table with (most of) the kind's header labels and random rows, in one of the encodings offices send. */
export function structuredCsv(kind: ImportKind): fc.Arbitrary<Uint8Array> {
  const labels = importDefinitions[kind].columns.map((column) => column.label);
  return fc
    .record({
      header: fc.shuffledSubarray(labels, { minLength: Math.max(1, labels.length - 2) }),
      rows: fc.array(fc.array(cell, { maxLength: labels.length + 2 }), { maxLength: 8 }),
      quoted: fc.boolean(),
      separator: fc.constantFrom('\r\n', '\n', '\r'),
      encoding: fc.constantFrom('utf8', 'utf8-bom', 'gbk', 'utf16le'),
    })
    .map(({ header, rows, quoted, separator, encoding }) => {
      const text = [header, ...rows].map((cells) => cells.map((value) => (quoted ? quote(value) : value)).join(',')).join(separator) + separator;
      if (encoding === 'gbk') return iconv.encode(text, 'gbk');
      if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      return Buffer.from(encoding === 'utf8-bom' ? `\ufeff${text}` : text, 'utf8');
    });
}

/** Anything at all: random bytes, sometimes behind a CSV header line so the reader gets past the header search. */
export function randomCsvBytes(kind: ImportKind): fc.Arbitrary<Uint8Array> {
  const header = Buffer.from(`${importDefinitions[kind].columns.map((column) => column.label).join(',')}\n`, 'utf8');
  return fc
    .tuple(fc.boolean(), fc.uint8Array({ minLength: 1, maxLength: 1500 }))
    .map(([withHeader, bytes]) => (withHeader ? Buffer.concat([header, bytes]) : bytes));
}

const XML_SNIPPETS = [
  '<c r="A2" t="s"><v>999999</v></c>',
  '<c r="ZZZZZ99999999"><v>1</v></c>',
  '<row r="0">',
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<c r="A2" t="inlineStr"><is><t>注入</t></is></c>',
  '<c r="B2" t="e"><v>#DIV/0!</v></c>',
  '<f>1/0</f>',
  '</sheetData>',
  '\u0000',
];

interface XlsxMutation {
  kind: 'flip' | 'truncate' | 'xml-bytes' | 'xml-snippet' | 'drop-entry';
  at: number;
  mask: number;
  count: number;
  snippet: string;
}

const xlsxMutation: fc.Arbitrary<XlsxMutation> = fc.record({
  kind: fc.constantFrom('flip', 'truncate', 'xml-bytes', 'xml-bytes', 'xml-snippet', 'xml-snippet', 'drop-entry'),
  at: fc.nat(),
  mask: fc.integer({ min: 1, max: 255 }),
  count: fc.integer({ min: 1, max: 8 }),
  snippet: fc.constantFrom(...XML_SNIPPETS),
});

/** Mutations of a valid workbook: raw byte flips and truncation of the zip, or edits of its XML re-zipped. */
export function mutatedWorkbook(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  return xlsxMutation.map((m) => {
    if (m.kind === 'flip') {
      const out = Buffer.from(valid);
      for (let i = 0; i < m.count; i++) {
        const at = (m.at + i * 7919) % out.length;
        out[at] = (out[at] ?? 0) ^ m.mask;
      }
      return out;
    }
    if (m.kind === 'truncate') return valid.subarray(0, m.at % valid.length);
    const entries = unzipSync(valid);
    const names = Object.keys(entries).sort();
    const name = names[m.at % names.length] ?? '';
    if (m.kind === 'drop-entry') {
      delete entries[name];
      return zipSync(entries);
    }
    const xml = Buffer.from(entries[name] ?? new Uint8Array());
    const at = xml.length === 0 ? 0 : (m.at >>> 3) % xml.length;
    if (m.kind === 'xml-bytes') {
      for (let i = 0; i < m.count; i++) {
        const index = (at + i * 31) % Math.max(1, xml.length);
        xml[index] = (xml[index] ?? 0) ^ m.mask;
      }
      entries[name] = xml;
    } else {
      entries[name] = Buffer.concat([xml.subarray(0, at), Buffer.from(m.snippet, 'utf8'), xml.subarray(at)]);
    }
    return zipSync(entries);
  });
}
