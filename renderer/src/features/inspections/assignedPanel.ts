import type { FilingAssignment } from '../../lib/roundsContract';

/**
 * The names of the panel the office drew for an assessment assignment (双随机), 组长 first, as the new inspection
 * prefills them; null when the assignment carries no panel (the inspector types the names as before).
 */
export function assignedPanelNames(assignment: FilingAssignment | null): string[] | null {
  const panel = assignment?.panel ?? null;
  if (panel === null || panel.length === 0) return null;
  return [...panel].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead')).map((member) => member.name);
}
