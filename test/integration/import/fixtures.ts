import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');

/** Path of a file made by test/fixtures/import/make-fixtures.ts. */
export const fixture = (name: string): string => join(folder, name);
