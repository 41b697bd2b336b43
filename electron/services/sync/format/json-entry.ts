import type { z } from 'zod';
import { syncError } from './sync-error';

/** An entry that must be JSON of a known shape (its bytes were already checked against the signed manifest). */
export function parseJsonEntry<S extends z.ZodType>(files: ReadonlyMap<string, Buffer>, name: string, schema: S): z.output<S> {
  const bytes = files.get(name);
  if (!bytes) throw syncError('SYNC_ENTRY_MISMATCH', { reason: 'SYNC_REASON_ENTRY_MISSING', name });
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw syncError('SYNC_MANIFEST_INVALID', { reason: 'SYNC_REASON_ENTRY_NOT_JSON', name });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw syncError('SYNC_MANIFEST_INVALID', { detail: `${name}: ${parsed.error.issues[0]?.path.join('.') ?? ''}` });
  return parsed.data;
}
