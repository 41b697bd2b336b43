import { createHash } from 'node:crypto';
import type { IncrementalHash } from '../../../shared/domain/sampling';

/** node:crypto SHA-256 for the population hash: same bytes as shared/'s pure one, several times faster. */
export function nodeSha256(): IncrementalHash {
  const hash = createHash('sha256');
  return {
    update: (data) => hash.update(data),
    updateText: (text) => hash.update(text, 'utf8'),
    digest: () => hash.digest(),
  };
}
