import type { Database } from '../../../db/engine';
import { getExpert, listExperts, type ExpertRecord } from '../../../db/repositories/experts';
import { maskIdNumber } from '../../../shared/domain/validation/id-card';
import { AppError } from '../../../shared/errors';
import type { ExpertView } from '../../../shared/ipc/channels/experts';

/** The full ID number never leaves main: the window sees it masked, as candidates' (institutions:get). */
export function toExpertView({ idNumber, createdAt: _createdAt, ...rest }: ExpertRecord): ExpertView {
  return { ...rest, idNumberMasked: maskIdNumber(idNumber) };
}

export function requireExpert(db: Database, id: number): ExpertRecord {
  const expert = getExpert(db, id);
  if (!expert) throw new AppError('EXPERT_NOT_FOUND', { id });
  return expert;
}

const searchable = (expert: ExpertRecord): string[] => [expert.name, expert.code, expert.employerName ?? '', expert.region ?? ''];
const folded = (text: string): string => text.normalize('NFKC').toLowerCase();

/** experts:list: the pool by code, narrowed to the experts whose name, code, employer or region holds the query. */
export function listExpertViews(db: Database, filter: { query?: string | undefined; activeOnly?: boolean | undefined }): ExpertView[] {
  const query = folded(filter.query?.trim() ?? '');
  return listExperts(db)
    .filter((expert) => !filter.activeOnly || expert.active)
    .filter((expert) => query === '' || searchable(expert).some((field) => folded(field).includes(query)))
    .map(toExpertView);
}
