import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { createSelfSignedIdentity, unlockIdentity, type SigningIdentity } from '../../../electron/services/signing/identity';
import { findModificationsAfter } from '../../../electron/services/signing/modification-analysis';
import { signPdf } from '../../../electron/services/signing/sign-pdf';
import { verifyPdf } from '../../../electron/services/signing/verify-pdf';
import { runCliCaptured } from '../../support/cli';
import {
  appendRevision,
  glyphCodes,
  lastTrailer,
  objectBody,
  replaceShownText,
  signatureLayout,
  streamBody,
  streamData,
} from '../../support/pdf-increment';
import { pdfPageCount, pdfsig, pdfText } from '../../support/poppler';
import { shanxiSheetModel } from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

// Issue 13, defect 8: an earlier signature covers only its own revision. A sheet signed by one panel member, changed
// in an incremental update and then signed by a second member must not pass as 全部签名有效.

const temp = makeTempDir();
const PASSPHRASE = 'panel-pin-2023';
const details = (name: string) => ({ reason: '专家评估组成员签署评估结果', name, location: '阳泉市' });
let first: SigningIdentity;
let second: SigningIdentity;
/** The sheet signed by the first panel member only. */
let signedOnce: Buffer;

beforeAll(async () => {
  [first, second] = ['张三', '李四'].map((commonName) =>
    unlockIdentity(createSelfSignedIdentity({ commonName, passphrase: PASSPHRASE }), PASSPHRASE),
  ) as [SigningIdentity, SigningIdentity];
  signedOnce = await signPdf(await renderReport(shanxiSheetModel()), first, details('张三'));
});
afterAll(() => temp.cleanup());

const signSecond = (pdf: Buffer) => signPdf(pdf, second, details('李四'));
const nextNum = (pdf: Buffer, offset = 0) => lastTrailer(pdf).size + offset;
const codesOf = (pdf: Buffer, index: number) => verifyPdf(pdf).signatures[index]?.issues.map((i) => i.code) ?? [];

function write(name: string, pdf: Buffer): string {
  const file = temp.file(name);
  writeFileSync(file, pdf);
  return file;
}

/** First signature 签名后文档被修改, the second (which signed the changed file) valid, the file as a whole refused. */
function expectFirstModifiedSecondValid(pdf: Buffer): void {
  const report = verifyPdf(pdf);
  expect(report.signatures.map((s) => s.status)).toEqual(['modified-after-signing', 'valid']);
  expect(report.valid).toBe(false);
  expect(report.signatures[0]?.problems[0]).toContain('签名后文档被修改');
}

/** Changes the printed 最终得分 in the page content, glyph by glyph, through the sheet's own embedded font. */
function changePrintedScore(pdf: Buffer, to: string): { pdf: Buffer; from: string; content: number } {
  const from = /最终得分[:：]\s*([\d.]+)/.exec(pdfText(write('before-attack.pdf', pdf)))?.[1] ?? '';
  expect(from.length).toBe(to.length);
  const text = pdf.toString('latin1');
  const fonts = [...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((m) => glyphCodes(streamData(pdf, Number(m[1])).toString('latin1')));
  for (const [, contents] of text.matchAll(/\/Type \/Page\n[^>]*?\/Contents (\d+) 0 R/g)) {
    const num = Number(contents);
    const content = streamData(pdf, num).toString('latin1');
    for (const codes of fonts) {
      const changed = replaceShownText(content, codes, from, to);
      if (changed.replaced > 0) return { pdf: appendRevision(pdf, [{ num, body: streamBody(changed.content) }]), from, content: num };
    }
  }
  throw new Error(`the score ${from} was not found in any page content`);
}

describe('a sheet changed between two signatures', () => {
  it('the attack: the printed score is changed, then a second member signs — signature 1 is 签名后文档被修改, exit 1', async () => {
    const attacked = changePrintedScore(signedOnce, '59.0');
    const file = write('attack.pdf', await signSecond(attacked.pdf));
    // The premise: the change shows and poppler alone is fooled.
    expect(pdfText(file)).toMatch(/最终得分[:：]\s*59\.0/);
    expect(pdfsig(file).match(/Signature is Valid\./g)?.length).toBe(2);

    const { code, stdout } = await runCliCaptured(['verify-pdf', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('签名 1:签名后文档被修改');
    expect(stdout).toContain('签名 2:有效');
    expect(stdout).not.toContain('全部签名有效');
    const pages = Array.from({ length: pdfPageCount(file) }, (_, i) => i + 1);
    const scorePage = pages.find((page) =>
      execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, file, '-'], { encoding: 'utf8' }).includes('最终得分'),
    );
    expect(verifyPdf(await signSecond(attacked.pdf)).signatures[0]?.issues[1]).toEqual({
      code: 'PDF_CHANGE_PAGE_CONTENT',
      params: { object: attacked.content, page: scorePage },
    });
  });

  it('an annotation added to the page after the first signature', async () => {
    const { page } = signatureLayout(signedOnce);
    const note = nextNum(signedOnce);
    const pageBody = objectBody(signedOnce, page).replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${note} 0 R]`);
    const changed = appendRevision(signedOnce, [
      { num: note, body: `<<\n/Type /Annot\n/Subtype /FreeText\n/Rect [90 100 300 130]\n/Contents (59.0)\n/DA (/Helv 12 Tf 0 g)\n/F 4\n>>` },
      { num: page, body: pageBody },
    ]);
    const signed = await signSecond(changed);
    expectFirstModifiedSecondValid(signed);
    expect(codesOf(signed, 0)).toEqual(expect.arrayContaining(['PDF_CHANGE_ANNOTATIONS', 'PDF_CHANGE_NEW_OBJECT']));
  });

  it('an overlay drawn over the page: /Contents becomes an array with an extra stream', async () => {
    const { page } = signatureLayout(signedOnce);
    const overlay = nextNum(signedOnce);
    const pageBody = objectBody(signedOnce, page).replace(/\/Contents (\d+) 0 R/, `/Contents [$1 0 R ${overlay} 0 R]`);
    const changed = appendRevision(signedOnce, [
      { num: overlay, body: streamBody('q 1 1 1 rg 80 90 300 40 re f Q') },
      { num: page, body: pageBody },
    ]);
    const signed = await signSecond(changed);
    expectFirstModifiedSecondValid(signed);
    expect(verifyPdf(signed).signatures[0]?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'PDF_CHANGE_PAGE', params: { object: page, keys: '/Contents' } })]),
    );
  });

  it('an overlay XObject added to the page resources', async () => {
    const { page } = signatureLayout(signedOnce);
    const resources = Number(/\/Resources (\d+) 0 R/.exec(objectBody(signedOnce, page))?.[1]);
    const form = nextNum(signedOnce);
    const resourcesBody = objectBody(signedOnce, resources).replace(/>>\s*$/, `/XObject <<\n/Fm9 ${form} 0 R\n>>\n>>`);
    const changed = appendRevision(signedOnce, [
      { num: form, body: streamBody('1 1 1 rg 0 0 100 20 re f', '\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 100 20]') },
      { num: resources, body: resourcesBody },
    ]);
    const signed = await signSecond(changed);
    expectFirstModifiedSecondValid(signed);
    expect(codesOf(signed, 0)).toEqual(expect.arrayContaining(['PDF_CHANGE_OBJECT', 'PDF_CHANGE_NEW_OBJECT']));
  });

  it('the page content stream replaced by another one', async () => {
    const { page } = signatureLayout(signedOnce);
    const content = nextNum(signedOnce);
    const pageBody = objectBody(signedOnce, page).replace(/\/Contents (\d+) 0 R/, `/Contents ${content} 0 R`);
    const changed = appendRevision(signedOnce, [
      { num: content, body: streamBody('BT /F1 12 Tf 100 700 Td (59.0) Tj ET') },
      { num: page, body: pageBody },
    ]);
    const signed = await signSecond(changed);
    expectFirstModifiedSecondValid(signed);
    expect(codesOf(signed, 0)).toContain('PDF_CHANGE_PAGE');
  });

  it('an Info-dictionary-only change counts as a modification (docs/pdf-verification.md)', async () => {
    const infoRef = lastTrailer(signedOnce).info ?? '';
    const info = Number(infoRef.split(' ')[0]);
    const rewritten = appendRevision(signedOnce, [{ num: info, body: objectBody(signedOnce, info).replace(/\/Title \d+ 0 R/, '/Title (Changed)') }]);
    const signedRewritten = await signSecond(rewritten);
    expectFirstModifiedSecondValid(signedRewritten);
    expect(codesOf(signedRewritten, 0)).toEqual(['PDF_MODIFIED_AFTER_SIGNING', 'PDF_CHANGE_INFO']);

    const replacement = nextNum(signedOnce);
    const repointed = appendRevision(signedOnce, [{ num: replacement, body: '<<\n/Title (Changed)\n>>' }], { info: `${replacement} 0 R` });
    expect(codesOf(await signSecond(repointed), 0)).toEqual(expect.arrayContaining(['PDF_CHANGE_INFO', 'PDF_CHANGE_NEW_OBJECT']));
  });

  it('the app’s own second signature: both valid, exit 0, pdfsig agrees', async () => {
    const file = write('two-signers.pdf', await signSecond(signedOnce));
    const report = verifyPdf(await signSecond(signedOnce));
    expect(report.signatures.map((s) => s.status)).toEqual(['valid', 'valid']);
    const { code, stdout } = await runCliCaptured(['verify-pdf', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('签名 1:有效');
    expect(stdout).toContain('全部签名有效');
    expect(pdfsig(file).match(/Signature is Valid\./g)?.length).toBe(2);
  });
});

describe('what may follow a signature, judged on the revision alone', () => {
  /** A signature field added by hand the way @signpdf does, with a widget rectangle and optional appearance. */
  function addSignatureField(pdf: Buffer, rect: string, appearance: string | null): Buffer {
    const { page, acroForm, fields } = signatureLayout(pdf);
    const [signature, widget, stream] = [nextNum(pdf), nextNum(pdf, 1), nextNum(pdf, 2)];
    const ap = appearance === null ? '' : `\n/AP <<\n/N ${stream} 0 R\n>>`;
    return appendRevision(pdf, [
      { num: signature, body: `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /adbe.pkcs7.detached\n/Contents <00>\n>>` },
      {
        num: widget,
        body: `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/Rect ${rect}\n/V ${signature} 0 R\n/T (Signature2)\n/F 4\n/P ${page} 0 R${ap}\n>>`,
      },
      ...(appearance === null ? [] : [{ num: stream, body: streamBody(appearance, '\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 100 20]') }]),
      { num: acroForm, body: `<<\n/Type /AcroForm\n/SigFlags 3\n/Fields [${fields} ${widget} 0 R]\n>>` },
      { num: page, body: objectBody(pdf, page).replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${widget} 0 R]`) },
    ]);
  }

  it('an invisible signature field with its appearance is allowed', () => {
    expect(findModificationsAfter(addSignatureField(signedOnce, '[0 0 0 0]', '1 1 1 rg 0 0 100 20 re f'), signedOnce.length)).toEqual([]);
    expect(findModificationsAfter(addSignatureField(signedOnce, '[0 0 0 0]', null), signedOnce.length)).toEqual([]);
  });

  it('a visible signature field could paint over the page: a modification', () => {
    const changed = addSignatureField(signedOnce, '[300 700 400 720]', '1 1 1 rg 0 0 100 20 re f');
    expect(findModificationsAfter(changed, signedOnce.length).map((m) => m.code)).toEqual(['PDF_CHANGE_VISIBLE_SIGNATURE']);
  });

  it('the first signature’s own widget rewritten (made visible) or an object deleted: modifications', () => {
    const widget = Number(signatureLayout(signedOnce).fields.split(' ')[0]);
    const visible = appendRevision(signedOnce, [
      { num: widget, body: objectBody(signedOnce, widget).replace('/Rect [0 0 0 0]', '/Rect [300 700 400 720]') },
    ]);
    expect(findModificationsAfter(visible, signedOnce.length)).toEqual([{ code: 'PDF_CHANGE_OBJECT', params: { object: widget, type: '/Annot' } }]);
    const withEntry = appendRevision(signedOnce, []);
    const deleted = Buffer.from(
      withEntry
        .toString('latin1')
        .replace(/(xref\n0 1\n0000000000 65535 f )(\ntrailer)(?![\s\S]*xref\n0 1)/, `$1\n${widget} 1\n0000000000 00001 f $2`),
      'latin1',
    );
    expect(findModificationsAfter(deleted, signedOnce.length).map((m) => m.code)).toEqual(['PDF_CHANGE_DELETED']);
  });

  it('a later revision written with a cross-reference stream is not judged: a modification', () => {
    const { startxref, root } = lastTrailer(signedOnce);
    const at = signedOnce.length + 1;
    const xrefStream = `\n99 0 obj\n<<\n/Type /XRef\n/Size 100\n/Root ${root}\n/Prev ${startxref}\n/W [1 4 1]\n/Index [99 1]\n/Length 6\n>>\nstream\n`;
    const data = Buffer.from([1, 0, 0, 0, 0, 0]);
    data.writeUInt32BE(at, 1);
    const changed = Buffer.concat([
      signedOnce,
      Buffer.from(xrefStream, 'latin1'),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${at}\n%%EOF\n`),
    ]);
    expect(findModificationsAfter(changed, signedOnce.length).map((m) => m.code)).toEqual(['PDF_CHANGE_XREF_STREAM']);
  });

  it('a later revision whose /Prev skips the signed one breaks the history: a modification', () => {
    const { startxref } = lastTrailer(signedOnce);
    const older = Number(/\/Prev (\d+)/.exec(signedOnce.toString('latin1', startxref))?.[1]);
    const changed = appendRevision(signedOnce, []);
    const skipped = Buffer.from(
      changed.toString('latin1').replace(new RegExp(`/Prev ${startxref}\\n>>\\nstartxref`), `/Prev ${older}\n>>\nstartxref`),
      'latin1',
    );
    expect(findModificationsAfter(skipped, signedOnce.length).map((m) => m.code)).toEqual(['PDF_CHANGE_HISTORY']);
  });
});
