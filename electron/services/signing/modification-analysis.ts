import type { ErrorParams } from '../../../shared/errors';
import type { pdfVerifyErrors } from '../../../shared/errors/codes/pdf-verify';
import {
  changedKeys,
  dictOf,
  isDict,
  isRef,
  nameOf,
  PdfSyntaxError,
  referencesIn,
  sameValue,
  type PdfDict,
  type PdfObjectValue,
  type PdfValue,
} from './pdf-objects';
import { lastStartxref, readXrefChain, RevisionState, XrefStreamNotSupported, type XrefSection } from './pdf-revisions';

export type ModificationCode = Extract<keyof typeof pdfVerifyErrors, `PDF_CHANGE_${string}`>;

/** One change a later revision made that is not "a signature was added". */
export interface Modification {
  code: ModificationCode;
  params: ErrorParams;
}

/** A hostile file could rewrite thousands of objects; the first few say enough. */
const MAX_LISTED = 20;

/**
 * Judges what the revisions appended after a signature changed (DocMDP-like, after pyHanko's difference analysis).
 * An earlier signature covers only its own revision, so every later revision is compared object by object with the
 * state before it. Allowed, and nothing else: new signature fields (/FT /Sig) with their widgets — invisible ones,
 * a visible appearance could paint over the signed page — their signature dictionaries and appearance objects; the
 * AcroForm rewritten only by appending those fields to /Fields (and /SigFlags); a page rewritten only by appending
 * their widgets to /Annots; the catalogue rewritten only to add /AcroForm; rewrites that change nothing. Everything
 * else (content streams, resources, fonts, other annotations, the Info dictionary, the trailer's /Root) is a
 * modification, and so is a later revision that cannot be read: never "unchanged" by default.
 * Pure over the bytes; one instance per file so each revision is compared once for all signatures.
 */
export class ModificationAnalysis {
  private chain: XrefSection[] | Modification | undefined;
  private readonly byRevision = new Map<number, Modification[]>();

  constructor(private readonly pdf: Buffer) {}

  /** The changes made after the revision that ends at `signedEnd` (a signature's ByteRange end). */
  after(signedEnd: number): Modification[] {
    if (this.pdf.subarray(signedEnd).toString('latin1').trim() === '') return [];
    const chain = this.readChain();
    if (!Array.isArray(chain)) return [chain];
    const signedStart = lastStartxref(this.pdf, signedEnd);
    const signedIndex = chain.findIndex((section) => section.offset === signedStart);
    if (signedStart === null || signedIndex < 0) return [{ code: 'PDF_CHANGE_HISTORY', params: {} }];
    const found: Modification[] = [];
    for (let revision = signedIndex + 1; revision < chain.length; revision++) found.push(...this.revision(chain, revision));
    return found.slice(0, MAX_LISTED);
  }

  private readChain(): XrefSection[] | Modification {
    if (this.chain === undefined) {
      const start = lastStartxref(this.pdf);
      this.chain = start === null ? unreadable('no startxref at the end of the file') : guarded(() => readXrefChain(this.pdf, start));
    }
    return this.chain;
  }

  private revision(chain: readonly XrefSection[], index: number): Modification[] {
    let found = this.byRevision.get(index);
    if (!found) {
      const section = chain[index] as XrefSection;
      const result = guarded(() =>
        compareRevision(new RevisionState(this.pdf, chain.slice(0, index)), new RevisionState(this.pdf, chain.slice(0, index + 1)), section),
      );
      found = Array.isArray(result) ? result : [result];
      this.byRevision.set(index, found);
    }
    return found;
  }
}

export function findModificationsAfter(pdf: Buffer, signedEnd: number): Modification[] {
  return new ModificationAnalysis(pdf).after(signedEnd);
}

function guarded<T>(read: () => T): T | Modification {
  try {
    return read();
  } catch (error) {
    if (error instanceof XrefStreamNotSupported) return { code: 'PDF_CHANGE_XREF_STREAM', params: {} };
    if (error instanceof PdfSyntaxError) return unreadable(error.message);
    throw error;
  }
}

const unreadable = (detail: string): Modification => ({ code: 'PDF_CHANGE_UNREADABLE', params: { detail } });
const keyList = (keys: readonly string[]) => keys.map((key) => `/${key}`).join(', ');

function typeLabel(value: PdfObjectValue): string {
  const type = nameOf(dictOf(value)?.entries.get('Type'));
  if (type) return `/${type}`;
  if (dictOf(value)) return isDict(value) ? 'dictionary' : 'stream';
  return 'value';
}

/** What one revision (`section`) changed relative to the state before it. */
function compareRevision(before: RevisionState, after: RevisionState, section: XrefSection): Modification[] {
  const found: Modification[] = [];
  const added = new Map<number, PdfObjectValue>();
  const rewritten = new Map<number, { old: PdfObjectValue; now: PdfObjectValue }>();
  for (const [num, entry] of section.entries) {
    if (num === 0) continue;
    if (!entry.inUse) {
      if (before.has(num)) found.push({ code: 'PDF_CHANGE_DELETED', params: { object: num } });
      continue;
    }
    const now = after.get(num);
    if (!before.has(num)) added.set(num, now);
    else {
      const old = before.get(num);
      if (!sameValue(old, now)) rewritten.set(num, { old, now });
    }
  }

  found.push(...trailerChanges(before.trailer, after.trailer));
  const signatures = newSignatureFields(added);
  found.push(...signatures.visible.map((object) => ({ code: 'PDF_CHANGE_VISIBLE_SIGNATURE' as const, params: { object } })));
  const allowed = signatures.allowed;

  const root = before.trailer.entries.get('Root');
  const rootNum = isRef(root) ? root.num : null;
  const oldForm = rootNum === null ? undefined : dictOf(before.get(rootNum))?.entries.get('AcroForm');
  const formNum = isRef(oldForm) ? oldForm.num : null;
  const infoRef = before.trailer.entries.get('Info');

  for (const [num, { old, now }] of rewritten) {
    const oldDict = isDict(old) ? old : null;
    const newDict = isDict(now) ? now : null;
    if (num === rootNum && oldDict && newDict) found.push(...catalogChanges(oldDict, newDict, added, signatures.fields, allowed));
    else if (num === formNum && oldDict && newDict) {
      if (!formOnlyGainedFields(oldDict, newDict, signatures.fields)) found.push({ code: 'PDF_CHANGE_FORM', params: { object: num } });
    } else if (oldDict && newDict && nameOf(oldDict.entries.get('Type')) === 'Page')
      found.push(...pageChanges(num, oldDict, newDict, signatures.widgets));
    else if (isRef(infoRef) && infoRef.num === num) found.push({ code: 'PDF_CHANGE_INFO', params: {} });
    else {
      const page = pageShowing(before, num);
      found.push(
        page === null
          ? { code: 'PDF_CHANGE_OBJECT', params: { object: num, type: typeLabel(now) } }
          : { code: 'PDF_CHANGE_PAGE_CONTENT', params: { object: num, page } },
      );
    }
  }

  for (const [num, value] of added) {
    if (!allowed.has(num)) found.push({ code: 'PDF_CHANGE_NEW_OBJECT', params: { object: num, type: typeLabel(value) } });
  }
  return found;
}

/** Pages walked at most, against a hostile page tree. */
const MAX_PAGES = 10_000;

/** The 1-based number of the first page whose /Contents is object `num`, in the page tree before the revision. */
function pageShowing(state: RevisionState, num: number): number | null {
  const root = state.trailer.entries.get('Root');
  const pages = isRef(root) ? dictOf(state.get(root.num))?.entries.get('Pages') : undefined;
  const queue: PdfValue[] = pages === undefined ? [] : [pages];
  const seen = new Set<number>();
  let pageNumber = 0;
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const ref = queue.shift();
    if (!isRef(ref) || seen.has(ref.num)) continue;
    seen.add(ref.num);
    const node = dictOf(state.get(ref.num));
    const kids = node?.entries.get('Kids');
    if (Array.isArray(kids)) {
      queue.unshift(...kids);
      continue;
    }
    pageNumber++;
    const contents = node?.entries.get('Contents');
    const streams = Array.isArray(contents) ? contents : [contents];
    if (streams.some((item) => isRef(item) && item.num === num)) return pageNumber;
  }
  return null;
}

function trailerChanges(before: PdfDict, after: PdfDict): Modification[] {
  const found: Modification[] = [];
  if (!sameValue(before.entries.get('Info'), after.entries.get('Info'))) found.push({ code: 'PDF_CHANGE_INFO', params: {} });
  const keys = ['Root', 'Encrypt'].filter((key) => !sameValue(before.entries.get(key), after.entries.get(key)));
  if (keys.length > 0) found.push({ code: 'PDF_CHANGE_TRAILER', params: { keys: keyList(keys) } });
  return found;
}

interface NewSignatures {
  /** Signature fields added in this revision. */
  fields: Set<number>;
  /** Their widget annotations, with the page each names in /P (null: none). */
  widgets: Map<number, number | null>;
  /** Added objects that belong to a new signature: field, widgets, signature dictionary, appearance objects. */
  allowed: Set<number>;
  /** Widgets that would be drawn on the page. */
  visible: number[];
}

/**
 * New terminal signature fields: a dictionary with /FT /Sig that is itself the widget (as @signpdf writes it) or
 * whose /Kids are new widgets pointing back with /Parent; its /V, when present, a new /Type /Sig dictionary.
 */
function newSignatureFields(added: ReadonlyMap<number, PdfObjectValue>): NewSignatures {
  const result: NewSignatures = { fields: new Set(), widgets: new Map(), allowed: new Set(), visible: [] };
  for (const [num, value] of added) {
    if (!isDict(value) || nameOf(value.entries.get('FT')) !== 'Sig' || value.entries.has('Parent')) continue;
    const widgetNums = widgetsOf(num, value, added);
    const signature = value.entries.get('V');
    const signatureOk = signature === undefined || (isRef(signature) && isSignatureDictionary(added.get(signature.num)));
    if (!widgetNums || !signatureOk) continue;
    result.fields.add(num);
    result.allowed.add(num);
    if (isRef(signature)) result.allowed.add(signature.num);
    for (const widgetNum of widgetNums) {
      const widget = added.get(widgetNum) as PdfDict;
      const page = widget.entries.get('P');
      result.widgets.set(widgetNum, isRef(page) ? page.num : null);
      result.allowed.add(widgetNum);
      if (!isInvisible(widget)) result.visible.push(widgetNum);
      allowAppearance(widget.entries.get('AP'), added, result.allowed);
    }
  }
  return result;
}

function widgetsOf(fieldNum: number, field: PdfDict, added: ReadonlyMap<number, PdfObjectValue>): number[] | null {
  if (nameOf(field.entries.get('Subtype')) === 'Widget') return field.entries.has('Kids') ? null : [fieldNum];
  const kids = field.entries.get('Kids');
  if (!Array.isArray(kids) || kids.length === 0) return null;
  const nums: number[] = [];
  for (const kid of kids) {
    const widget = isRef(kid) ? added.get(kid.num) : undefined;
    const parent = isDict(widget) ? widget.entries.get('Parent') : undefined;
    if (!isRef(kid) || !isDict(widget) || nameOf(widget.entries.get('Subtype')) !== 'Widget' || !isRef(parent) || parent.num !== fieldNum)
      return null;
    nums.push(kid.num);
  }
  return nums;
}

function isSignatureDictionary(value: PdfObjectValue | undefined): boolean {
  const type = nameOf(dictOf(value)?.entries.get('Type'));
  return isDict(value) && (type === 'Sig' || type === 'DocTimeStamp');
}

/** Zero-area /Rect (what @signpdf writes: [0 0 0 0]) or the Hidden flag: nothing is painted or printed. */
function isInvisible(widget: PdfDict): boolean {
  const flags = widget.entries.get('F');
  if (typeof flags === 'number' && (flags & 2) !== 0) return true;
  const rect = widget.entries.get('Rect');
  if (!Array.isArray(rect) || rect.length !== 4 || !rect.every((n): n is number => typeof n === 'number')) return false;
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  return x1 === x2 || y1 === y2;
}

/** Objects added with a widget's appearance (its streams, their resources) belong to the signature. */
function allowAppearance(appearance: PdfValue | undefined, added: ReadonlyMap<number, PdfObjectValue>, allowed: Set<number>): void {
  const queue = referencesIn(appearance);
  for (let ref = queue.pop(); ref; ref = queue.pop()) {
    if (!added.has(ref.num) || allowed.has(ref.num)) continue;
    allowed.add(ref.num);
    queue.push(...referencesIn(added.get(ref.num)));
  }
}

function catalogChanges(
  old: PdfDict,
  now: PdfDict,
  added: ReadonlyMap<number, PdfObjectValue>,
  fields: ReadonlySet<number>,
  allowed: Set<number>,
): Modification[] {
  const keys = changedKeys(old, now);
  const others = keys.filter((key) => key !== 'AcroForm');
  const found: Modification[] = others.length > 0 ? [{ code: 'PDF_CHANGE_CATALOG', params: { keys: keyList(others) } }] : [];
  if (!keys.includes('AcroForm')) return found;
  const form = now.entries.get('AcroForm');
  const formValue = isRef(form) ? added.get(form.num) : form;
  if (!old.entries.has('AcroForm') && isDict(formValue) && formOnlyGainedFields(emptyForm, formValue, fields)) {
    if (isRef(form)) allowed.add(form.num);
    return found;
  }
  return [...found, { code: 'PDF_CHANGE_CATALOG', params: { keys: '/AcroForm' } }];
}

const emptyForm: PdfDict = { kind: 'dict', entries: new Map() };

/** The form differs only in /Fields gaining new signature fields at the end, /SigFlags, and a /Type /AcroForm. */
function formOnlyGainedFields(old: PdfDict, now: PdfDict, fields: ReadonlySet<number>): boolean {
  const others = changedKeys(old, now).filter((key) => key !== 'Fields' && key !== 'SigFlags' && !(key === 'Type' && !old.entries.has('Type')));
  if (others.length > 0) return false;
  if (now.entries.has('Type') && nameOf(now.entries.get('Type')) !== 'AcroForm') return false;
  const flags = now.entries.get('SigFlags');
  if (flags !== undefined && !(typeof flags === 'number' && [0, 1, 2, 3].includes(flags))) return false;
  return onlyAppended(old.entries.get('Fields'), now.entries.get('Fields'), (ref) => fields.has(ref));
}

function pageChanges(num: number, old: PdfDict, now: PdfDict, widgets: ReadonlyMap<number, number | null>): Modification[] {
  const keys = changedKeys(old, now);
  const others = keys.filter((key) => key !== 'Annots');
  const found: Modification[] = others.length > 0 ? [{ code: 'PDF_CHANGE_PAGE', params: { object: num, keys: keyList(others) } }] : [];
  const isOwnWidget = (ref: number) => widgets.has(ref) && (widgets.get(ref) === null || widgets.get(ref) === num);
  if (keys.includes('Annots') && !onlyAppended(old.entries.get('Annots'), now.entries.get('Annots'), isOwnWidget)) {
    found.push({ code: 'PDF_CHANGE_ANNOTATIONS', params: { object: num } });
  }
  return found;
}

/** `now` is `old` (an inline array, or absent) followed only by references that `accept` takes. */
function onlyAppended(old: PdfValue | undefined, now: PdfValue | undefined, accept: (num: number) => boolean): boolean {
  const before = old === undefined ? [] : old;
  if (!Array.isArray(before) || !Array.isArray(now) || now.length < before.length) return false;
  if (!before.every((item, i) => sameValue(item, now[i]))) return false;
  return now.slice(before.length).every((item) => isRef(item) && accept(item.num));
}
