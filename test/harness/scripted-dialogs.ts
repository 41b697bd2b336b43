import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FileDialogRequest, HandlerContext } from '../../electron/handlers/context';

export interface ShownDialog {
  kind: 'open' | 'save';
  title: string;
  extensions: string[];
  defaultName: string | null;
}

/** The file choosers of the tests and the browser harness, where no native dialog exists. */
export interface ScriptedDialogs extends Required<Pick<HandlerContext, 'chooseOpenFile' | 'chooseSaveFile'>> {
  /**
   * The answer to the next dialog of that kind: a path, or null for “cancelled”. Open and save answers queue apart,
   * so an answer meant for an open dialog can never become the place a save dialog writes to.
   */
  answerNext(path: string | null, dialog: 'open' | 'save'): void;
  /** Every dialog shown, in order. */
  shown: ShownDialog[];
}

const extensionsOf = (request: FileDialogRequest) => request.filters.flatMap((filter) => filter.extensions);

/**
 * Answers come from `answerNext` first. With none queued: without a folder the dialog is “cancelled”; with a folder
 * (the dev harness, `SKILL_INSPECTOR_DIALOG_DIR`) the open dialog picks the newest file there of an offered type and
 * the save dialog answers `<folder>/<suggested name>`.
 */
export function scriptedDialogs(options: { folder?: string } = {}): ScriptedDialogs {
  const queues = { open: [] as (string | null)[], save: [] as (string | null)[] };
  const shown: ShownDialog[] = [];
  const next = (dialog: 'open' | 'save', fallback: () => string | null): string | null =>
    queues[dialog].length > 0 ? (queues[dialog].shift() ?? null) : fallback();
  const folder = options.folder;

  function newestOffered(extensions: string[]): string | null {
    if (!folder || !existsSync(folder)) return null;
    const files = readdirSync(folder)
      .filter((name) => extensions.includes(extname(name).slice(1).toLowerCase()))
      .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    return files[0]?.path ?? null;
  }

  return {
    shown,
    answerNext(path, dialog) {
      queues[dialog].push(path);
    },
    async chooseOpenFile(request) {
      shown.push({ kind: 'open', title: request.title, extensions: extensionsOf(request), defaultName: null });
      return next('open', () => newestOffered(extensionsOf(request)));
    },
    async chooseSaveFile(request) {
      shown.push({ kind: 'save', title: request.title, extensions: extensionsOf(request), defaultName: request.defaultName });
      return next('save', () => {
        if (!folder) return null;
        mkdirSync(folder, { recursive: true });
        return join(folder, request.defaultName);
      });
    },
  };
}
