import { describe, expect, it } from 'vitest';
import { assignedPanelNames } from '../../../renderer/src/features/inspections/assignedPanel';
import type { FilingAssignment } from '../../../renderer/src/lib/roundsContract';

// Issue 16 §6: the panel the office drew (双随机) comes with the leader's pack and fills the new inspection's names
// (NewInspectionPage puts these in panel-0 …; zustand renders its initial state on the server, so the page itself is
// for the e2e test).
const assignment = (panel: FilingAssignment['panel']): FilingAssignment => ({
  uid: 'a'.repeat(32),
  templateId: 'made-up-form',
  roundUid: 'b'.repeat(32),
  roundName: '2026年度延续备案评估',
  rectificationUid: null,
  scope: null,
  panel,
});

const DRAWN: FilingAssignment['panel'] = [
  { name: '成员戊', role: 'member' },
  { name: '组长甲', role: 'lead' },
  { name: '成员己', role: 'member' },
];

describe('the drawn panel on the new inspection', () => {
  it('names the panel leader first, in draw order after', () => {
    expect(assignedPanelNames(assignment(DRAWN))).toEqual(['组长甲', '成员戊', '成员己']);
    expect(assignedPanelNames(assignment(null))).toBeNull();
    expect(assignedPanelNames(null)).toBeNull();
  });
});
