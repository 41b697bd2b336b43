import type { ErrorTexts } from './types';

/**
 * What checking a signed PDF can find (electron/services/signing/verify-pdf.ts). These are findings listed per
 * signature rather than thrown errors; the PDF_CHANGE_* codes say what a revision appended after a signature changed.
 * `{object}` is a PDF object number such as 9; `{keys}` lists PDF dictionary keys such as /Contents.
 */
export const pdfVerifyErrors = {
  PDF_NO_SIGNATURE: {
    zh: '文件中没有数字签名。',
    en: 'The file has no digital signature.',
  },
  PDF_UNSIGNED_APPENDIX: {
    zh: '最后一个签名之后文件又被追加了未签名的内容。请使用签署人交来的原始文件。',
    en: 'Unsigned content was appended after the last signature. Use the file as the signers handed it over.',
  },
  PDF_SIG_BYTE_RANGE_INVALID: {
    zh: '签名范围（ByteRange）无效。',
    en: 'The signed byte range (ByteRange) is invalid.',
  },
  PDF_SIG_NOT_SIGNED_DATA: {
    zh: '签名数据不是有效的 PKCS#7 SignedData。',
    en: 'The signature is not a valid PKCS#7 SignedData.',
  },
  PDF_SIG_NO_SIGNED_ATTRIBUTES: {
    zh: '签名缺少已签名属性（signedAttrs）。',
    en: 'The signature has no signed attributes (signedAttrs).',
  },
  PDF_SIG_DIGEST_UNSUPPORTED: {
    zh: '不支持的摘要算法 {oid}。',
    en: 'Unsupported digest algorithm {oid}.',
  },
  PDF_SIG_UNPARSEABLE: {
    zh: '签名数据无法解析：{reason}',
    en: 'The signature data cannot be read: {reason}',
  },
  PDF_SIG_DIGEST_MISMATCH: {
    zh: '摘要不匹配（Digest Mismatch）：签名后文件内容被修改。',
    en: 'Digest mismatch: the signed bytes were changed after signing.',
  },
  PDF_SIG_NO_CERTIFICATE: {
    zh: '签名中找不到签名人证书。',
    en: 'The signer’s certificate is not in the signature.',
  },
  PDF_SIG_SIGNATURE_MISMATCH: {
    zh: '签名值校验失败：签名与证书公钥不符。',
    en: 'The signature value does not match the certificate’s public key.',
  },
  PDF_SIG_UNTRUSTED: {
    zh: '签名人证书不是由受信任的证书签发。',
    en: 'The signer’s certificate was not issued by a trusted certificate.',
  },
  PDF_SIG_CERT_NOT_VALID_THEN: {
    zh: '签名时证书不在有效期内。',
    en: 'The certificate was not valid at signing time.',
  },
  PDF_MODIFIED_AFTER_SIGNING: {
    zh: '签名后文档被修改：此签名之后追加的内容改动了文档（不只是追加签名），签名只能证明签署时的内容。请向签署人索取原始文件核对。',
    en: 'Document modified after signing: content appended after this signature changes the document (beyond adding signatures), so the signature only vouches for the earlier version. Ask the signers for the original file.',
  },
  PDF_CHANGE_PAGE: {
    zh: '页面（对象 {object}）被改动：{keys}。',
    en: 'A page (object {object}) was changed: {keys}.',
  },
  PDF_CHANGE_ANNOTATIONS: {
    zh: '页面（对象 {object}）增加或改动了签名以外的批注。',
    en: 'A page (object {object}) gained or changed annotations other than signatures.',
  },
  PDF_CHANGE_CATALOG: {
    zh: '文档目录（Catalog）被改动：{keys}。',
    en: 'The document catalogue was changed: {keys}.',
  },
  PDF_CHANGE_FORM: {
    zh: '表单（AcroForm，对象 {object}）除增加签名域外还有改动。',
    en: 'The form (AcroForm, object {object}) changed beyond adding signature fields.',
  },
  PDF_CHANGE_INFO: {
    zh: '文档信息（Info：标题、作者等）被改动。',
    en: 'The document information (Info: title, author and so on) was changed.',
  },
  PDF_CHANGE_TRAILER: {
    zh: '文件尾（trailer）被改动：{keys}。',
    en: 'The file trailer was changed: {keys}.',
  },
  PDF_CHANGE_PAGE_CONTENT: {
    zh: '第 {page} 页的内容（对象 {object}）被改写：页面上显示的文字或图形已不同于签署时。',
    en: 'The content of page {page} (object {object}) was rewritten: what the page shows is no longer what was signed.',
  },
  PDF_CHANGE_OBJECT: {
    zh: '对象 {object}（{type}）被改写。',
    en: 'Object {object} ({type}) was rewritten.',
  },
  PDF_CHANGE_NEW_OBJECT: {
    zh: '新增了与签名无关的对象 {object}（{type}）。',
    en: 'Object {object} ({type}) was added and is not part of a signature.',
  },
  PDF_CHANGE_DELETED: {
    zh: '对象 {object} 被删除。',
    en: 'Object {object} was deleted.',
  },
  PDF_CHANGE_VISIBLE_SIGNATURE: {
    zh: '新增的签名域（对象 {object}）在页面上可见，其外观可能遮盖签署时的内容。',
    en: 'The added signature field (object {object}) is visible on the page; its appearance could cover the signed content.',
  },
  PDF_CHANGE_XREF_STREAM: {
    zh: '之后的修订使用交叉引用流，无法逐项核对，按被修改处理。',
    en: 'A later revision uses a cross-reference stream, which is not checked item by item; it counts as a modification.',
  },
  PDF_CHANGE_UNREADABLE: {
    zh: '之后追加的内容无法解析（{detail}），按被修改处理。',
    en: 'Content appended later cannot be read ({detail}); it counts as a modification.',
  },
  PDF_CHANGE_HISTORY: {
    zh: '之后的修订没有接在签署时的版本上（交叉引用链断开）。',
    en: 'The later revisions do not build on the signed version (the cross-reference chain is broken).',
  },
} satisfies ErrorTexts;
