import type { PostgresMigration } from './types';
import { postgres0001 } from './0001-app-meta';
import { postgres0002 } from './0002-institutions';
import { postgres0003 } from './0003-batches-candidates';
import { postgres0004 } from './0004-inspections';
import { postgres0005 } from './0005-audit-log';
import { postgres0006 } from './0006-inspectors-devices';
import { postgres0007 } from './0007-sync';
import { postgres0008 } from './0008-evidence-shared-files';
import { postgres0009 } from './0009-filed-scope-origin';
import { postgres0010 } from './0010-drop-issued-pkcs12';
import { postgres0011 } from './0011-audit-state';
import { postgres0012 } from './0012-form-templates';
import { postgres0013 } from './0013-rounds-rectifications';
import { postgres0014 } from './0014-double-random';
import { postgres0015 } from './0015-inspection-scores';
import { postgres0016 } from './0016-search-grams';
import { postgres0017 } from './0017-status-search';

/** Every PostgreSQL migration in order, one per SQLite migration (same versions and names). */
export const postgresMigrations: readonly PostgresMigration[] = [
  postgres0001,
  postgres0002,
  postgres0003,
  postgres0004,
  postgres0005,
  postgres0006,
  postgres0007,
  postgres0008,
  postgres0009,
  postgres0010,
  postgres0011,
  postgres0012,
  postgres0013,
  postgres0014,
  postgres0015,
  postgres0016,
  postgres0017,
];
