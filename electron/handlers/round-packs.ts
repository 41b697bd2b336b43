import { writeFileSync } from 'node:fs';
import type { roundPlanChannels } from '../../shared/ipc/channels/round-plans';
import { exportRoundPack } from '../services/round-packs/round-pack-export';
import { roundPackTargets } from '../services/round-packs/round-pack-targets';
import { unlockOffice } from '../services/sync/office/office-keys';
import { grantPath, requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

// A drawn round's packs, the same checks as sync:exportPack: the output path must be the save dialog's choice this
// run (checked before the passphrase); unlockOffice refuses a non-office database and a wrong passphrase before
// anything is written.
export const roundPackHandlers: HandlersFor<Pick<typeof roundPlanChannels, 'roundPlans:packs' | 'roundPlans:exportPack'>> = {
  'roundPlans:packs': (ctx, { roundUid }) => roundPackTargets(ctx.db, roundUid),

  'roundPlans:exportPack': (ctx, { roundUid, deviceKey, forms, passphrase, path }) => {
    const target = requireGranted(ctx, 'write', path);
    const keys = unlockOffice(ctx.db, passphrase);
    const result = exportRoundPack(ctx.db, keys, { roundUid, deviceKey, forms, now: ctx.now(), appVersion: ctx.appVersion });
    writeFileSync(target, result.bytes);
    grantPath(ctx, 'read', target);
    return { path: target, assignments: result.assignments, sequence: result.sequence };
  },
};
