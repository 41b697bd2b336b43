import { create } from 'zustand';
import type { Template } from '../../../../shared/domain/templates/types';
import type { TemplateSummary } from '../../../../shared/ipc/channels/templates';
import { call, errorMessage } from '../../lib/call';

interface TemplatesState {
  /** The form versions this machine holds (templates:list); null until first read. */
  summaries: TemplateSummary[] | null;
  /** Full forms already fetched, by hash (a version never changes, so they are kept). */
  byHash: Record<string, Template>;
  /** The last failed read, in plain Chinese. */
  error: string | null;
  loadList(): Promise<void>;
  loadTemplate(hash: string): Promise<void>;
}

export const useTemplatesStore = create<TemplatesState>((set, get) => ({
  summaries: null,
  byHash: {},
  error: null,
  async loadList() {
    try {
      set({ summaries: await call('templates:list', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async loadTemplate(hash) {
    if (get().byHash[hash]) return;
    try {
      const template = await call('templates:get', { hash });
      set((state) => ({ byHash: { ...state.byHash, [hash]: template }, error: null }));
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

/** The title to show for a stored inspection's form: the current version of that id, else any version, else the id. */
export function templateTitle(summaries: readonly TemplateSummary[] | null, templateId: string): string {
  const versions = summaries?.filter((s) => s.id === templateId) ?? [];
  return (versions.find((s) => s.current) ?? versions[0])?.title ?? templateId;
}
