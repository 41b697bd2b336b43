import type { AutoFinding } from '../../../../shared/domain/findings';

/** The answer row that holds the automatic findings the inspector did not adopt (see shared/store/answer-keys.ts). */
export const DISMISSED_FINDINGS_KEY = 'dismissedFindings';

/** Rule and batch number: what the finding is about, the same on every device the inspection travels to. */
export function dismissalKey(finding: AutoFinding): string {
  return `${finding.rule}:${finding.batchNo}`;
}

export function dismissedKeys(answers: Record<string, unknown>): readonly string[] {
  const stored = answers[DISMISSED_FINDINGS_KEY];
  return Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [];
}

/** The stored list with `key` added or taken out, sorted so the same set is always the same answer. */
export function withDismissal(keys: readonly string[], key: string, dismissed: boolean): string[] {
  const next = new Set(keys);
  if (dismissed) next.add(key);
  else next.delete(key);
  return [...next].sort();
}
