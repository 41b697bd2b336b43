import { z } from 'zod';
import { isIsoDate } from '../domain/deadlines/plain-date';

/** A real calendar date YYYY-MM-DD, not only its shape (9999-99-99 once reached a computation; found by the IPC fuzzer). */
export const isoDateArg = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ARG_DATE_FORMAT')
  .refine(isIsoDate, 'ARG_DATE_INVALID');
