import { z } from 'zod';
import type { Template } from '../../domain/templates/types';
import { channel } from '../define';

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'ARG_TEMPLATE_HASH');

/** One form version the store holds: built into the app, imported at the office, or received in a pack. */
export interface TemplateSummary {
  id: string;
  version: string;
  /** SHA-256 of the canonical JSON: what inspections pin. */
  hash: string;
  title: string;
  /** e.g. 阳人社函〔2023〕221号 附件3. */
  source: string;
  origin: 'builtin' | 'imported' | 'received';
  /** False for a superseded version: kept for the inspections that pinned it, not offered for new ones. */
  current: boolean;
}

export const templateChannels = {
  'templates:list': channel(z.object({}).strict(), '评估表：本机可用的评估表及其版本和哈希').reads<TemplateSummary[]>(),
  'templates:get': channel(z.object({ hash }).strict(), '评估表：按哈希取一个评估表版本的全部内容').reads<Template>(),
  'templates:forInspection': channel(
    z.object({ inspectionId: z.number().int().positive() }).strict(),
    '评估表：一次核查评分时固定使用的评估表版本',
  ).reads<Template>(),
};
