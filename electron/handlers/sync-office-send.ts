import { writeFileSync } from 'node:fs';
import type { syncChannels } from '../../shared/ipc/channels/sync';
import { shanxiRenewal2023 } from '../../shared/domain/templates/shanxi-renewal-2023';
import { enrollInspector } from '../services/sync/office/enroll';
import { unlockOffice } from '../services/sync/office/office-keys';
import { exportPack } from '../services/sync/office/pack-export';
import { grantPath, requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

type SendChannels = Pick<typeof syncChannels, 'sync:enroll' | 'sync:exportPack'>;

// What the office sends to a laptop, the same services as `office enroll` and `pack export`. The output path must be
// the save dialog's choice this run (checked before the passphrase); unlockOffice refuses a non-office database and a
// wrong passphrase before anything is written.
export const syncSendHandlers: HandlersFor<SendChannels> = {
  'sync:enroll': (ctx, { inspectorName, deviceKey, pin, passphrase, path }) => {
    const target = requireGranted(ctx, 'write', path);
    const keys = unlockOffice(ctx.db, passphrase);
    const result = enrollInspector(ctx.db, keys, { inspectorName, deviceKey, deviceLabel: deviceKey, pin, now: ctx.now() });
    writeFileSync(target, result.pkcs12, { mode: 0o600 });
    grantPath(ctx, 'read', target);
    return { deviceKey, inspectorName: inspectorName.trim(), serial: result.serial, path: target };
  },

  'sync:exportPack': (ctx, { deviceKey, filingIds, passphrase, path }) => {
    const target = requireGranted(ctx, 'write', path);
    const keys = unlockOffice(ctx.db, passphrase);
    const result = exportPack(ctx.db, keys, { deviceKey, filingIds, templateId: shanxiRenewal2023.id, now: ctx.now(), appVersion: ctx.appVersion });
    writeFileSync(target, result.bytes);
    grantPath(ctx, 'read', target);
    return { deviceKey, sequence: result.sequence, assignments: result.assignments, filings: result.filings, candidates: result.candidates, path: target };
  },
};
