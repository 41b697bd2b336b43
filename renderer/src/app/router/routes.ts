import { importKinds, type ImportKind } from '../../../../shared/import/types';

/** Hash routes of the window; parsed and formatted here only, so links and parsing cannot drift apart. */
export const inspectionSteps = ['sampling', 'scoring', 'evidence', 'vetoes', 'outcome', 'signatures'] as const;
export type InspectionStep = (typeof inspectionSteps)[number];
/**
 * 办公室审核 tabs, in the order a clerk works: import, review, conflicts, rectifications, summary; devices and forms,
 * then 双随机's expert pool and round draws (planning the next round).
 */
export const officeTabs = ['import', 'review', 'conflicts', 'rectifications', 'summary', 'devices', 'forms', 'experts', 'draws'] as const;
export type OfficeTab = (typeof officeTabs)[number];
export type Route =
  | { name: 'institutions' }
  | { name: 'institution'; id: number }
  | { name: 'newInspection'; institutionId: number; filingId: number | null }
  | { name: 'inspections' }
  | { name: 'inspection'; id: number; step: InspectionStep }
  | { name: 'office'; tab: OfficeTab }
  | { name: 'import'; kind: ImportKind }
  | { name: 'sync' }
  | { name: 'settings' };

const positive = (text: string | undefined): number | null => {
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (parts[0] === 'institutions') {
    const id = positive(parts[1]);
    if (id !== null && parts[2] === 'new') return { name: 'newInspection', institutionId: id, filingId: positive(params.get('filing') ?? undefined) };
    if (id !== null) return { name: 'institution', id };
    return { name: 'institutions' };
  }
  if (parts[0] === 'inspections') {
    const id = positive(parts[1]);
    if (id !== null) {
      const step = inspectionSteps.find((s) => s === parts[2]) ?? 'sampling';
      return { name: 'inspection', id, step };
    }
    return { name: 'inspections' };
  }
  if (parts[0] === 'import') return { name: 'import', kind: importKinds.find((k) => k === parts[1]) ?? 'institutions' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'sync') return { name: 'sync' };
  if (parts[0] === 'office') return { name: 'office', tab: officeTabs.find((t) => t === parts[1]) ?? 'review' };
  return { name: 'institutions' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'institutions':
      return '#/institutions';
    case 'institution':
      return `#/institutions/${route.id}`;
    case 'newInspection':
      return `#/institutions/${route.institutionId}/new${route.filingId ? `?filing=${route.filingId}` : ''}`;
    case 'inspections':
      return '#/inspections';
    case 'inspection':
      return `#/inspections/${route.id}/${route.step}`;
    case 'office':
      return `#/office/${route.tab}`;
    case 'import':
      return `#/import/${route.kind}`;
    case 'sync':
      return '#/sync';
    case 'settings':
      return '#/settings';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
