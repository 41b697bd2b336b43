import { useMemo } from 'react';
import type { InstitutionListRow } from '../../../../shared/ipc/channels/institutions';
import { filterInstitutions } from './filterInstitutions';
import { useInstitutionsStore } from './institutionsStore';

export function useFilteredInstitutions(): InstitutionListRow[] {
  const rows = useInstitutionsStore((s) => s.rows);
  const keys = useInstitutionsStore((s) => s.keys);
  const filters = useInstitutionsStore((s) => s.filters);
  return useMemo(() => filterInstitutions(rows, keys, filters), [rows, keys, filters]);
}
