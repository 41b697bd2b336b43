import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../electron/services/import/decode-text';
import { importFile } from '../../../electron/services/import/service';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { makeTempDir } from '../../support/temp';
import { fixture } from './fixtures';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const HEADER = '评价机构名称,统一社会信用代码,机构类别,机构备案号,备案年度\n';
const ROW = '阳泉市鑫达职业培训学校,9114030000000009NP,社会培训评价组织,C-001,2020年\n';
const gbk = (text: string) => iconv.encode(text, 'gbk');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function write(name: string, bytes: Buffer): string {
  const path = resolve(temp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(path: string): Promise<{ code: string; message: string }> {
  await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
  const before = dumpDatabase(ctx.db);
  const error = (await importFile(ctx, 'institutions', path).then(
    () => null,
    (caught: unknown) => caught,
  )) as { code: string; message: string } | null;
  expect(dumpDatabase(ctx.db)).toBe(before);
  return { code: error?.code ?? 'none', message: error?.message ?? '' };
}

describe('CSV text encodings are decoded strictly', () => {
  it('a UTF-8 BOM followed by a GBK body is refused with a hint, nothing stored', async () => {
    const path = write('bom-gbk.csv', Buffer.concat([BOM, gbk(HEADER + ROW)]));
    const { code, message } = await refusal(path);
    expect(code).toBe('IMPORT_CSV_MIXED_ENCODING');
    expect(message).toContain('第 1 行');
    expect(message).toContain('CSV UTF-8');
  });

  it('UTF-8 lines and GBK lines in one file are refused naming the first line that differs', async () => {
    const path = write(
      'mixed.csv',
      Buffer.concat([utf8(HEADER), utf8(ROW), gbk('晋中市技能评价中心,9114030000000009PT,社会培训评价组织,C-002,2021年\n')]),
    );
    const { code, message } = await refusal(path);
    expect(code).toBe('IMPORT_CSV_MIXED_ENCODING');
    expect(message).toContain('第 3 行');
  });

  it('bytes that are neither UTF-8 nor GBK are refused rather than stored as replacement characters', () => {
    expect(() => decodeCsvBytes(Buffer.concat([gbk(HEADER), Buffer.from([0x81, 0x0a])]))).toThrow(
      expect.objectContaining({ code: 'IMPORT_CSV_ENCODING', message: expect.stringContaining('第 2 行') }),
    );
  });

  it('plain UTF-8, UTF-8 with a BOM and plain GBK still read as before', () => {
    expect(decodeCsvBytes(utf8(HEADER + ROW))).toEqual({ text: HEADER + ROW, encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([BOM, utf8(HEADER + ROW)]))).toEqual({ text: HEADER + ROW, encoding: 'utf-8-bom' });
    expect(decodeCsvBytes(gbk(HEADER + ROW))).toEqual({ text: HEADER + ROW, encoding: 'gbk' });
  });
});
