import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RectificationView } from '../../../shared/domain/rectification';
import type { SyncReviewPage } from '../../../shared/ipc/channels/sync';
import { runCliCaptured } from '../../support/cli';
import { callOk } from '../../support/handler-calls';
import { officeWithImport, prepareRectificationWorld, type RectificationWorld } from './rectification-fixtures';

let setup: RectificationWorld;
beforeAll(async () => {
  setup = await prepareRectificationWorld();
}, 300_000);
afterAll(() => setup.world.close());

describe('rectifications on the command line (R-YQ-06)', () => {
  it('R-YQ-06 rectifications list shows the watch on a day; decide records the final decision once', async () => {
    const office = officeWithImport(setup, 'cli.sqlite');
    const path = office.ctx.databasePath;
    try {
      const { items } = await callOk<SyncReviewPage>(office.ctx, 'sync:reviewList', {});
      for (const item of items) await callOk(office.ctx, 'sync:review', { importedId: item.importedId, decision: 'accepted' });
    } finally {
      office.close();
    }
    const listed = await runCliCaptured(['rectifications', 'list', '--db', path, '--on', '2023-11-06', '--json']);
    expect(listed.code).toBe(0);
    const views = JSON.parse(listed.stdout) as RectificationView[];
    expect(views.map((v) => [v.outcomeCategory, v.watch])).toEqual([
      ['defer', 'overdue'],
      ['suspend', 'dueSoon'],
    ]);
    const text = await runCliCaptured(['rectifications', 'list', '--db', path, '--on', '2023-11-06']);
    expect(text.stdout).toContain('整改逾期');

    const uid = views[1]?.uid ?? '';
    const refused = await runCliCaptured([
      'rectifications',
      'decide',
      uid,
      '--db',
      path,
      '--decision',
      'renew',
      '--reason',
      '已整改',
      '--on',
      '2023-11-07',
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('RECTIFICATION_DECISION_NOT_ALLOWED');
    const decided = await runCliCaptured([
      'rectifications',
      'decide',
      uid,
      '--db',
      path,
      '--decision',
      'resume',
      '--reason',
      '已整改',
      '--on',
      '2023-11-07',
    ]);
    expect(decided.code).toBe(0);
    expect(decided.stdout).toContain('恢复评价');
    const again = await runCliCaptured([
      'rectifications',
      'decide',
      uid,
      '--db',
      path,
      '--decision',
      'terminate',
      '--reason',
      '改判',
      '--on',
      '2023-11-08',
    ]);
    expect(again.stderr).toContain('RECTIFICATION_ALREADY_DECIDED');
  });
});
