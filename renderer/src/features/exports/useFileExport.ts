import { useState } from 'react';
import type { FileKind } from '../../../../shared/ipc/channels/files';
import { call, errorMessage } from '../../lib/call';

export interface ExportState {
  busy: boolean;
  /** The written file, which 打开文件 may open. */
  done: { path: string; name: string; count: number } | null;
  error: string | null;
  /** After 打开文件 where no system viewer exists (the browser harness). */
  notOpened: boolean;
}

/**
 * 另存为 then the export: the save dialog grants the place (main refuses any other), the export writes there and
 * returns how many rows or occupations it wrote.
 */
export function useFileExport(options: { kind: FileKind; title: string; defaultName: string; write(path: string): Promise<number> }) {
  const [state, setState] = useState<ExportState>({ busy: false, done: null, error: null, notOpened: false });

  async function run() {
    setState({ busy: true, done: null, error: null, notOpened: false });
    try {
      const chosen = await call('files:chooseSave', { kind: options.kind, title: options.title, defaultName: options.defaultName });
      if (chosen.path === null || chosen.name === null) return setState((s) => ({ ...s, busy: false }));
      const count = await options.write(chosen.path);
      setState({ busy: false, done: { path: chosen.path, name: chosen.name, count }, error: null, notOpened: false });
    } catch (error) {
      setState({ busy: false, done: null, error: errorMessage(error), notOpened: false });
    }
  }

  async function open() {
    if (!state.done) return;
    try {
      const opened = await call('files:open', { path: state.done.path });
      setState((s) => ({ ...s, notOpened: !opened.opened, error: null }));
    } catch (error) {
      setState((s) => ({ ...s, error: errorMessage(error) }));
    }
  }

  return { state, run, open };
}
