// Child for the bundle-import crash campaign: opens the office database exactly as the app does, says READY,
// imports the bundle in one call (the code the CLI and the window use), then says DONE. The parent kills it
// with SIGKILL at a random moment in between.
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../../db/open';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';

const [databasePath, bundlePath] = process.argv.slice(2);
if (!databasePath || !bundlePath) throw new Error('usage: bundle-import-child DB BUNDLE');
const { db } = openDatabase(databasePath, { create: true });
const keys = unlockOffice(db, process.env['SKILL_INSPECTOR_OFFICE_PASSPHRASE'] ?? '');
const bundle = readFileSync(bundlePath);
process.stdout.write('READY\n');
importBundle(db, bundle, keys, new Date());
process.stdout.write('DONE\n');
db.close();
