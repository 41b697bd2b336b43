import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addEvidence, listEvidence } from '../../db/repositories/evidence';
import { addFinding } from '../../db/repositories/findings';
import { requireEditableInspection } from '../../db/repositories/inspections';
import { inTransaction } from '../../db/sql';
import { AppError } from '../../shared/errors';
import type { evidenceChannels } from '../../shared/ipc/channels/evidence';
import { looksLike } from '../services/file-type/magic-bytes';
import { currentActor } from './actor';
import type { HandlersFor } from './types';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

export const evidenceHandlers: HandlersFor<typeof evidenceChannels> = {
  'evidence:attach': (ctx, { inspectionId, itemId, finding, fileName, mime, dataBase64 }) => {
    requireEditableInspection(ctx.db, inspectionId);
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length === 0) throw new AppError('EVIDENCE_EMPTY', { file: fileName });
    if (!looksLike(mime, bytes)) throw new AppError('EVIDENCE_TYPE', { file: fileName });
    if (finding && !itemId) throw new AppError('INVALID_ARGS', { channel: 'evidence:attach', reason: 'EVIDENCE_REASON_ITEM_REQUIRED' });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Content-addressed: the same photo attached twice is stored once; a file left by a failed insert is harmless.
    const relativePath = `evidence/${inspectionId}/${sha256}.${EXTENSIONS[mime] ?? 'bin'}`;
    mkdirSync(join(ctx.dataDir, 'evidence', String(inspectionId)), { recursive: true });
    writeFileSync(join(ctx.dataDir, relativePath), bytes);
    const actor = currentActor(ctx);
    const at = ctx.now().toISOString();
    return inTransaction(ctx.db, () => {
      const findingId =
        finding && itemId
          ? addFinding(ctx.db, {
              inspectionId,
              itemId,
              unitKind: finding.unitKind,
              unitId: finding.unitId,
              description: finding.description,
              actor,
              at,
            }).id
          : null;
      return addEvidence(ctx.db, { inspectionId, itemId: itemId ?? null, findingId, relativePath, sha256, sizeBytes: bytes.length, mime, actor, at });
    });
  },

  'evidence:read': (ctx, { inspectionId, id }) => {
    const evidence = listEvidence(ctx.db, inspectionId).find((e) => e.id === id);
    if (!evidence) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_EVIDENCE', id });
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(ctx.dataDir, evidence.relativePath));
    } catch {
      throw new AppError('EVIDENCE_MISSING', { path: evidence.relativePath });
    }
    const intact = createHash('sha256').update(bytes).digest('hex') === evidence.sha256;
    return { dataUrl: `data:${evidence.mime};base64,${bytes.toString('base64')}`, intact };
  },
};
