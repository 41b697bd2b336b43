import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { createSelfSignedIdentity, unlockIdentity } from '../../../electron/services/signing/identity';
import { signPdf } from '../../../electron/services/signing/sign-pdf';
import { verifyPdf } from '../../../electron/services/signing/verify-pdf';
import { appendixModel } from '../../support/report-fixtures';

// The verifier reads hostile bytes (imported bundles, files handed in): damage must give a verdict, never an exception.

let twoSigners: Buffer;

beforeAll(async () => {
  twoSigners = await renderReport(appendixModel());
  for (const name of ['张三', '李四']) {
    const identity = unlockIdentity(createSelfSignedIdentity({ commonName: name, passphrase: 'panel-pin-2023' }), 'panel-pin-2023');
    twoSigners = await signPdf(twoSigners, identity, { reason: '专家评估组成员签署评估结果', name, location: '阳泉市' });
  }
});

describe('verifyPdf on damaged two-signer files', () => {
  it('returns a verdict for 400 seeded random byte changes (no exception), valid only when the change is in unsigned padding', () => {
    let seed = 13;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const ranges = [...twoSigners.toString('latin1').matchAll(/\/ByteRange \[0 (\d+) (\d+)/g)];
    const [gapStart, gapEnd] = [Number(ranges[1]?.[1]), Number(ranges[1]?.[2])];
    for (let round = 0; round < 400; round++) {
      const copy = Buffer.from(twoSigners);
      const at = Math.floor(random() * copy.length);
      copy[at] = (copy[at] ?? 0) ^ (1 + Math.floor(random() * 255));
      const report = verifyPdf(copy);
      if (!report.valid) continue;
      expect(report.signatures.map((s) => s.status)).toEqual(['valid', 'valid']);
      // Only the last signature's own /Contents gap is signed by nobody (its zero padding after the PKCS#7 blob).
      expect(at >= gapStart && at < gapEnd, `byte ${at} changed and the file still passed`).toBe(true);
    }
  });
});
