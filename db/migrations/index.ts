import type { Migration } from './types';
import { migration0001 } from './0001-app-meta';
import { migration0002 } from './0002-institutions';
import { migration0003 } from './0003-batches-candidates';
import { migration0004 } from './0004-inspections';
import { migration0005 } from './0005-audit-log';
import { migration0006 } from './0006-inspectors-devices';
import { migration0007 } from './0007-sync';
import { migration0008 } from './0008-evidence-shared-files';
import { migration0009 } from './0009-filed-scope-origin';
import { migration0010 } from './0010-drop-issued-pkcs12';
import { migration0011 } from './0011-audit-state';
import { migration0012 } from './0012-form-templates';
import { migration0013 } from './0013-rounds-rectifications';
import { migration0014 } from './0014-double-random';
import { migration0015 } from './0015-inspection-scores';
import { migration0016 } from './0016-search-grams';
import { migration0017 } from './0017-status-search';

/**
 * Every migration in order; the last one's version is the schema version this app writes. A migration is literal SQL,
 * frozen once released: it imports no runtime value (enums, helpers), so editing shared/ cannot give fresh and
 * upgraded databases different schemas. A change to the schema is a new migration (test/integration/db/migrations/).
 */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
];

export const latestSchemaVersion = migrations.length;
