import { writeFileSync } from 'node:fs';
import type { syncChannels } from '../../shared/ipc/channels/sync';
import { listStoredTemplates } from '../services/templates/template-store';
import { enrollInspector, revokeDevice } from '../services/sync/office/enroll';
import { unlockOffice } from '../services/sync/office/office-keys';
import { exportPack } from '../services/sync/office/pack-export';
import { requireRole } from '../services/sync/role';
import { grantPath, requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

type SendChannels = Pick<typeof syncChannels, 'sync:enroll' | 'sync:exportPack' | 'sync:forms' | 'sync:revokeDevice'>;

// What the office sends to a laptop, the same services as `office enroll`, `pack export` and `office revoke`. The
// output path must be the save dialog's choice this run (checked before the passphrase); unlockOffice refuses a
// non-office database and a wrong passphrase before anything is written.
export const syncSendHandlers: HandlersFor<SendChannels> = {
  'sync:enroll': (ctx, { inspectorName, deviceKey, deviceLabel, pin, passphrase, path }) => {
    const target = requireGranted(ctx, 'write', path);
    const keys = unlockOffice(ctx.db, passphrase);
    const result = enrollInspector(ctx.db, keys, { inspectorName, deviceKey, ...(deviceLabel ? { deviceLabel } : {}), pin, now: ctx.now() });
    writeFileSync(target, result.pkcs12, { mode: 0o600 });
    grantPath(ctx, 'read', target);
    return { deviceKey, inspectorName: inspectorName.trim(), serial: result.serial, path: target };
  },

  'sync:exportPack': (ctx, { deviceKey, assignments, passphrase, path }) => {
    const target = requireGranted(ctx, 'write', path);
    const keys = unlockOffice(ctx.db, passphrase);
    const result = exportPack(ctx.db, keys, { deviceKey, assignments, now: ctx.now(), appVersion: ctx.appVersion });
    writeFileSync(target, result.bytes);
    grantPath(ctx, 'read', target);
    return {
      deviceKey,
      sequence: result.sequence,
      assignments: result.assignments,
      filings: result.filings,
      candidates: result.candidates,
      path: target,
    };
  },

  // The window lists these and sends back an id and hash; it never names a form itself. Built-ins first, as before.
  'sync:forms': (ctx) => {
    requireRole(ctx.db, 'office');
    const versions = listStoredTemplates(ctx.db).sort((a, b) => Number(b.origin === 'builtin') - Number(a.origin === 'builtin'));
    return versions.map(({ id, title, version, hash, source }) => ({ id, title, version, hash, source }));
  },

  // Like the CLI, no passphrase: revoking only stops trusting the laptop, it signs nothing.
  'sync:revokeDevice': (ctx, { deviceKey, reason }) => ({
    deviceKey,
    certificates: revokeDevice(ctx.db, deviceKey, reason, ctx.now()),
    reason: reason.trim(),
  }),
};
