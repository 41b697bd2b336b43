import { create } from 'zustand';
import type { ReportFileEntry } from '../../../../shared/ipc/channels/report-files';
import type { PanelMember } from '../../../../shared/store/records';
import { call, errorMessage } from '../../lib/call';

export type GeneratedKind = 'sheet' | 'appendix' | 'recheck' | 'blank';

/** What the last action did, for the panel to say in words. */
export type ReportNotice =
  | { type: 'generated'; file: string }
  | { type: 'signed'; file: string; signer: string; issuer: 'office' | 'self'; valid: number; total: number }
  | { type: 'opened' | 'notOpened'; file: string }
  | { type: 'printDialog' | 'printCancelled' | 'printViewer' | 'printNone'; file: string };

interface ReportsState {
  inspectionId: number | null;
  files: ReportFileEntry[];
  busy: string | null;
  notice: ReportNotice | null;
  error: string | null;
  load(inspectionId: number): Promise<void>;
  generate(kind: GeneratedKind, inspectionId: number, templateId: string): Promise<void>;
  /** Appends one panel member's signature; throws main's message for the dialog to show. */
  sign(entry: ReportFileEntry, member: PanelMember, passphrase: string): Promise<Extract<ReportNotice, { type: 'signed' }>>;
  open(entry: ReportFileEntry): Promise<void>;
  print(entry: ReportFileEntry): Promise<void>;
}

/** The key of a panel member's local signing identity: the inspector's id where known, else their name. */
export function signingIdentityOf(member: PanelMember): string {
  return member.inspectorId !== undefined ? `inspector-${member.inspectorId}` : `panel-${member.name.trim()}`;
}

const target = (entry: ReportFileEntry) => ({ file: entry.file, ...(entry.inspectionId === null ? {} : { inspectionId: entry.inspectionId }) });

export const useReportsStore = create<ReportsState>((set, get) => {
  async function act(busy: string, work: () => Promise<ReportNotice | null>): Promise<void> {
    set({ busy, error: null, notice: null });
    try {
      const notice = await work();
      set({ busy: null, notice });
    } catch (error) {
      set({ busy: null, error: errorMessage(error) });
    }
  }
  async function reload(): Promise<void> {
    const id = get().inspectionId;
    if (id !== null) set({ files: await call('reports:list', { inspectionId: id }) });
  }

  return {
    inspectionId: null,
    files: [],
    busy: null,
    notice: null,
    error: null,
    async load(inspectionId) {
      if (get().inspectionId !== inspectionId) set({ inspectionId, files: [], notice: null, error: null });
      try {
        await reload();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    generate: (kind, inspectionId, templateId) =>
      act(`generate:${kind}`, async () => {
        const report = await call('reports:generate', kind === 'blank' ? { kind, templateId } : { kind, inspectionId });
        await reload();
        return { type: 'generated', file: report.file };
      }),
    async sign(entry, member, passphrase) {
      const signed = await call('reports:sign', {
        ...target(entry),
        inspectorId: signingIdentityOf(member),
        signerName: member.name.trim(),
        passphrase,
      });
      const verified = await call('reports:verify', target(entry));
      const notice = {
        type: 'signed' as const,
        file: entry.file,
        signer: signed.signer,
        issuer: signed.issuer,
        valid: verified.signatures.filter((s) => s.valid).length,
        total: verified.signatures.length,
      };
      set({ notice, error: null });
      await reload();
      return notice;
    },
    open: (entry) =>
      act(`open:${entry.file}`, async () => {
        const opened = await call('reports:open', target(entry));
        return { type: opened.opened ? 'opened' : 'notOpened', file: entry.file };
      }),
    print: (entry) =>
      act(`print:${entry.file}`, async () => {
        const printed = await call('reports:print', target(entry));
        const type =
          printed.method === 'dialog'
            ? printed.cancelled
              ? 'printCancelled'
              : 'printDialog'
            : printed.method === 'viewer'
              ? 'printViewer'
              : 'printNone';
        return { type, file: entry.file };
      }),
  };
});
