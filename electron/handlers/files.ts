import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { fileKindFilters, fileKindTerms, type FileKind, type filesChannels } from '../../shared/ipc/channels/files';
import type { HandlerContext } from './context';
import { grantPath, isGranted } from './granted-paths';
import type { HandlersFor } from './types';

function noDialog(): never {
  throw new AppError('DIALOG_UNAVAILABLE');
}

/** A saved file gets the kind's extension when the user typed a name without one (or with another). */
function withExtension(path: string, kind: FileKind): string {
  const extensions = fileKindFilters[kind].extensions;
  const given = extname(path).slice(1).toLowerCase();
  return extensions.includes(given) ? path : `${path}.${extensions[0] ?? ''}`;
}

/** An opened file must be one of the kinds the dialogs offer. */
function assertOfferedKind(path: string, kind: FileKind): void {
  const given = extname(path).slice(1).toLowerCase();
  if (!fileKindFilters[kind].extensions.includes(given)) {
    throw new AppError('FILE_KIND', { file: basename(path), kind: fileKindTerms[kind] });
  }
}

const chosen = (path: string | null) => ({ path, name: path === null ? null : basename(path) });

export async function openWithViewer(ctx: HandlerContext, path: string): Promise<boolean> {
  if (!ctx.openPath) return false;
  await ctx.openPath(path);
  return true;
}

export const filesHandlers: HandlersFor<typeof filesChannels> = {
  'files:chooseOpen': async (ctx, { kind, title }) => {
    if (!ctx.chooseOpenFile) noDialog();
    const answer = await ctx.chooseOpenFile({ title, filters: [fileKindFilters[kind]] });
    if (answer === null) return chosen(null);
    const path = resolve(answer);
    assertOfferedKind(path, kind);
    grantPath(ctx, 'read', path);
    return chosen(path);
  },
  'files:chooseSave': async (ctx, { kind, title, defaultName }) => {
    if (!ctx.chooseSaveFile) noDialog();
    const answer = await ctx.chooseSaveFile({ title, defaultName: withExtension(defaultName, kind), filters: [fileKindFilters[kind]] });
    if (answer === null) return chosen(null);
    const path = withExtension(resolve(answer), kind);
    grantPath(ctx, 'write', path);
    return chosen(path);
  },
  'files:open': async (ctx, { path }) => {
    const name = basename(path).slice(0, 120);
    // Only what the user chose in a dialog, or what an export wrote there: never an arbitrary path.
    if (!isGranted(ctx, 'read', path)) throw new AppError('PATH_NOT_GRANTED', { reason: 'FILES_REASON_OPEN_NOT_GRANTED', name });
    if (!existsSync(path)) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_FILE', name });
    return { opened: await openWithViewer(ctx, resolve(path)), name };
  },
};
