import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { useInstitutionsStore } from '../institutions/institutionsStore';
import { ExportButton } from './ExportButton';
import { useFileExport } from './useFileExport';

/** 导出机构名单: the filters in use now travel with the export, so the file holds what the list shows. */
export function ExportInstitutionsButton({ count, filtered }: { count: number; filtered: boolean }) {
  const { t } = useTranslation();
  const filters = useInstitutionsStore((s) => s.filters);
  const exporter = useFileExport({
    kind: 'xlsx',
    title: t('exports.institutionsTitle'),
    defaultName: t('exports.institutionsFile'),
    async write(path) {
      const query = filters.query.trim();
      const result = await call('export:institutions', {
        path,
        ...(query ? { query } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...(filters.region ? { region: filters.region } : {}),
        ...(filters.filingYear !== null ? { filingYear: filters.filingYear } : {}),
        ...(filters.status ? { status: filters.status } : {}),
      });
      return result.rows;
    },
  });
  return (
    <ExportButton
      testId="export-institutions"
      label={t('exports.institutions')}
      hint={filtered ? t('exports.institutionsFiltered', { count }) : t('exports.institutionsAll', { count })}
      state={exporter.state}
      doneText={exporter.state.done ? t('exports.institutionsDone', { name: exporter.state.done.name, count: exporter.state.done.count }) : ''}
      onRun={() => void exporter.run()}
      onOpen={() => void exporter.open()}
    />
  );
}
