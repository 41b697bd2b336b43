/**
 * Test hook for the kill -9 tests: when SKILL_INSPECTOR_CRASH_POINT names this point, the process says so on stderr
 * and stops (blocking, holding whatever transaction is open) until the test kills it. Inert otherwise. With
 * SKILL_INSPECTOR_CRASH_POINT_RESUME_MS it carries on after that pause instead, so a test can cut the process's
 * database connection mid-transaction and watch the process meet the loss (office-concurrency tests).
 */
export function crashPoint(name: string): void {
  if (process.env['SKILL_INSPECTOR_CRASH_POINT'] !== name) return;
  process.stderr.write(`CRASH_POINT ${name}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const resumeMs = Number(process.env['SKILL_INSPECTOR_CRASH_POINT_RESUME_MS'] ?? 0);
  if (resumeMs > 0) {
    Atomics.wait(cell, 0, 0, resumeMs);
    return;
  }
  for (;;) Atomics.wait(cell, 0, 0, 1000);
}
