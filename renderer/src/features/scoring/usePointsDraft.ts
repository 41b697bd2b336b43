import { useState } from 'react';
import { parsePoints } from '../../../../shared/domain/scoring';

/**
 * A points field: what the inspector types is shown as typed, but only a number within [min, max] (or an empty
 * field) is handed on, so an impossible value never reaches the store or the live total.
 */
export function usePointsDraft(stored: string, min: number, max: number, commit: (text: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? stored;
  const parsed = value === '' ? null : parsePoints(value);
  const invalid = value !== '' && (parsed === null || parsed < min || parsed > max);
  function change(raw: string) {
    const text = raw.trim();
    const points = text === '' ? null : parsePoints(text);
    if (text !== '' && (points === null || points < min || points > max)) return setDraft(raw);
    setDraft(null);
    commit(text);
  }
  return { value, invalid, change };
}
