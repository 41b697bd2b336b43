/**
 * Test hook for the kill -9 tests: when SKILL_INSPECTOR_CRASH_POINT names this point, the process says so on stderr
 * and stops (blocking, holding whatever transaction is open) until the test kills it. Inert otherwise.
 */
export function crashPoint(name: string): void {
  if (process.env['SKILL_INSPECTOR_CRASH_POINT'] !== name) return;
  process.stderr.write(`CRASH_POINT ${name}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0, 1000);
}
