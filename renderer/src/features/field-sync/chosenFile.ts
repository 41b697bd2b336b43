import type { FileKind } from '../../../../shared/ipc/channels/files';
import { call } from '../../lib/call';

/** A file the inspector picked in the system dialog: main may read that path this run, the window shows the name. */
export interface ChosenFile {
  path: string;
  name: string;
}

/** The open dialog for one kind of sync file; null when the inspector cancelled. */
export async function chooseSyncFile(kind: FileKind, title: string): Promise<ChosenFile | null> {
  const answer = await call('files:chooseOpen', { kind, title });
  return answer.path === null || answer.name === null ? null : { path: answer.path, name: answer.name };
}
