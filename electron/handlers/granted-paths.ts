import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from './context';

/**
 * Paths the user chose in a native dialog during this run, per handler context. The window may only name a file to
 * read (import) that came from the open dialog, a place to write (export) that came from the save dialog, and open
 * with the system viewer what was chosen or what the app wrote there. Nothing outlives the run.
 */
export type Grant = 'read' | 'write';

const grants = new WeakMap<HandlerContext, { read: Set<string>; write: Set<string> }>();

function grantsOf(ctx: HandlerContext): { read: Set<string>; write: Set<string> } {
  let entry = grants.get(ctx);
  if (!entry) {
    entry = { read: new Set(), write: new Set() };
    grants.set(ctx, entry);
  }
  return entry;
}

export function grantPath(ctx: HandlerContext, grant: Grant, path: string): void {
  grantsOf(ctx)[grant].add(resolve(path));
}

export function isGranted(ctx: HandlerContext, grant: Grant, path: string): boolean {
  return grantsOf(ctx)[grant].has(resolve(path));
}

/** The path as given when the user chose it for this use; PATH_NOT_GRANTED otherwise. */
export function requireGranted(ctx: HandlerContext, grant: Grant, path: string): string {
  if (isGranted(ctx, grant, path)) return path;
  const name = basename(path).slice(0, 80);
  throw new AppError('PATH_NOT_GRANTED', { reason: grant === 'read' ? 'FILES_REASON_READ_NOT_GRANTED' : 'FILES_REASON_WRITE_NOT_GRANTED', name });
}
