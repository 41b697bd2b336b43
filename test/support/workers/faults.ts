// What the test worker entries beside this file are asked to do wrong; kept apart so tests never load an entry.

/** Fingerprints that make pdf-test-entry.ts misbehave once the report is laid out, just before it would answer. */
export const PDF_EXIT_BEFORE_ANSWER = 'test-exit-before-answer';
export const PDF_HANG_BEFORE_ANSWER = 'test-hang-before-answer';
export const PDF_TEST_EXIT_CODE = 7;

/** File names that make import-test-entry.ts misbehave right after its first progress message. */
export const IMPORT_EXIT_AFTER_PROGRESS = 'exit-after-progress';
export const IMPORT_HANG_AFTER_PROGRESS = 'hang-after-progress';
export const IMPORT_FAIL_INTERNALLY = 'fail-internally';
export const IMPORT_TEST_EXIT_CODE = 9;

/** Blocks the calling thread for good without using the CPU: only terminate() ends it. */
export function blockForever(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
