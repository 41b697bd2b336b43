import type { HandlerContext } from '../../electron/handlers/context';
import type { ChosenFile, FileKind } from '../../shared/ipc/channels/files';
import type { ScriptedDialogs } from '../harness/scripted-dialogs';
import { callOk } from './handler-calls';

/**
 * Grants a path the only way the window can get one: the scripted dialog answers it and files:chooseOpen (read) or
 * files:chooseSave (write) asks, on this very context (grants belong to the context object). Returns the chosen path.
 */
export async function chooseByDialog(
  ctx: HandlerContext,
  dialogs: ScriptedDialogs,
  dialog: 'open' | 'save',
  kind: FileKind,
  path: string,
): Promise<string> {
  dialogs.answerNext(path, dialog);
  const title = dialog === 'open' ? '选择文件' : '另存为';
  const chosen =
    dialog === 'open'
      ? await callOk<ChosenFile>(ctx, 'files:chooseOpen', { kind, title })
      : await callOk<ChosenFile>(ctx, 'files:chooseSave', { kind, title, defaultName: 'file' });
  if (chosen.path === null) throw new Error(`the ${dialog} dialog answered nothing for ${path}`);
  return chosen.path;
}
