import { FieldSyncPage } from '../features/field-sync/FieldSyncPage';
import { ImportPage } from '../features/import/ImportPage';
import { InspectionWorkspace } from '../features/inspection/InspectionWorkspace';
import { InspectionListPage } from '../features/inspections/InspectionListPage';
import { NewInspectionPage } from '../features/inspections/NewInspectionPage';
import { InstitutionDetailPage } from '../features/institutions/InstitutionDetailPage';
import { InstitutionList } from '../features/institutions/InstitutionList';
import { OfficePage } from '../features/office/OfficePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Route } from './router/routes';

export function CurrentPage({ route }: { route: Route }) {
  switch (route.name) {
    case 'institutions':
      return <InstitutionList />;
    case 'institution':
      return <InstitutionDetailPage id={route.id} />;
    case 'newInspection':
      return <NewInspectionPage institutionId={route.institutionId} filingId={route.filingId} />;
    case 'inspections':
      return <InspectionListPage />;
    case 'inspection':
      return <InspectionWorkspace id={route.id} step={route.step} />;
    case 'office':
      return <OfficePage tab={route.tab} />;
    case 'import':
      return <ImportPage kind={route.kind} />;
    case 'sync':
      return <FieldSyncPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
