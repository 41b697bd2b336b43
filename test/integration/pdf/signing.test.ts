import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { createSelfSignedIdentity, unlockIdentity, type StoredIdentity } from '../../../electron/services/signing/identity';
import { certificatePath, loadOrCreateIdentity } from '../../../electron/services/signing/identity-store';
import { signPdf } from '../../../electron/services/signing/sign-pdf';
import { runCliCaptured } from '../../support/cli';
import { pdfsig } from '../../support/poppler';
import { appendixModel } from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
const PASSPHRASE = 'panel-pin-2023';
const signers = ['张三', '李四', 'Wang Wu'];
let identities: StoredIdentity[];
let signedFile: string;

beforeAll(async () => {
  identities = signers.map((commonName) =>
    createSelfSignedIdentity({ commonName, organization: '阳泉市人力资源和社会保障局', passphrase: PASSPHRASE }),
  );
  let pdf = await renderReport(appendixModel());
  for (const [index, stored] of identities.entries()) {
    pdf = await signPdf(pdf, unlockIdentity(stored, PASSPHRASE), {
      reason: '专家评估组成员签署评估结果',
      name: signers[index] ?? '',
      location: '阳泉市',
    });
  }
  signedFile = temp.file('signed.pdf');
  writeFileSync(signedFile, pdf);
});
afterAll(() => temp.cleanup());

describe('incremental signatures by the panel', () => {
  it('pdfsig finds three signatures and says every one is valid, with the Chinese signer names', () => {
    const report = pdfsig(signedFile);
    expect(report.match(/Signature is Valid\./g)?.length).toBe(3);
    expect(report).toContain('Signer Certificate Common Name: 张三');
    expect(report).toContain('Signer Certificate Common Name: 李四');
    expect(report).not.toContain('Digest Mismatch');
  });

  it('verify-pdf exits 0 and prints signer and reason per signature', async () => {
    const { code, stdout } = await runCliCaptured(['verify-pdf', signedFile]);
    expect(code).toBe(0);
    for (const name of signers) expect(stdout).toContain(`签名人：${name}`);
    expect(stdout.match(/原因：专家评估组成员签署评估结果/g)?.length).toBe(3);
  });

  it('one flipped byte inside a signed range: verify-pdf exits 1 and pdfsig reports Digest Mismatch', async () => {
    const bytes = readFileSync(signedFile);
    bytes[2000] = (bytes[2000] ?? 0) ^ 0x01;
    const tampered = temp.file('tampered.pdf');
    writeFileSync(tampered, bytes);
    const { code, stdout } = await runCliCaptured(['verify-pdf', tampered]);
    expect(code).toBe(1);
    expect(stdout).toContain('摘要不匹配');
    expect(pdfsig(tampered)).toContain('Digest Mismatch');
  });

  it('content appended after the last signature is refused', async () => {
    const appended = temp.file('appended.pdf');
    writeFileSync(appended, Buffer.concat([readFileSync(signedFile), Buffer.from('\n% unsigned\n')]));
    expect((await runCliCaptured(['verify-pdf', appended])).code).toBe(1);
  });

  it('--trust accepts the signers’ own certificates and refuses a stranger’s', async () => {
    const trustFiles = identities.map((stored, i) => {
      const file = temp.file(`trust-${i}.pem`);
      writeFileSync(file, stored.certificatePem);
      return file;
    });
    const trusted = await runCliCaptured(['verify-pdf', signedFile, ...trustFiles.flatMap((file) => ['--trust', file])]);
    expect(trusted.code).toBe(0);
    const stranger = temp.file('stranger.pem');
    writeFileSync(stranger, createSelfSignedIdentity({ commonName: '赵六', passphrase: PASSPHRASE }).certificatePem);
    const refused = await runCliCaptured(['verify-pdf', signedFile, '--trust', stranger]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('不是由受信任的证书签发');
  });
});

describe('signing identities', () => {
  it('keeps the key only encrypted on disk and needs the passphrase to sign', () => {
    const dir = temp.file('keys');
    const identity = loadOrCreateIdentity(dir, { inspectorId: 'inspector-7', commonName: '张三', passphrase: PASSPHRASE });
    expect(identity.commonName).toBe('张三');
    const keyPem = readFileSync(`${dir}/inspector-7.key.pem`, 'utf8');
    expect(keyPem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(keyPem).not.toContain('BEGIN PRIVATE KEY');
    expect(readFileSync(certificatePath(dir, 'inspector-7'), 'utf8')).toContain('BEGIN CERTIFICATE');
    expect(() => loadOrCreateIdentity(dir, { inspectorId: 'inspector-7', commonName: '张三', passphrase: 'wrong-pin' })).toThrow(
      '签名密钥口令不正确',
    );
  });

  it('refuses a passphrase too short to protect the key', () => {
    expect(() => createSelfSignedIdentity({ commonName: '张三', passphrase: '123' })).toThrow('至少');
  });
});
