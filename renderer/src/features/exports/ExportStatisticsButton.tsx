import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import { call } from '../../lib/call';
import { ExportButton } from './ExportButton';
import { useFileExport } from './useFileExport';

/** 导出工作情况统计表（附件2）of one filing, as XLSX. */
export function ExportStatisticsButton({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const exporter = useFileExport({
    kind: 'xlsx',
    title: t('exports.statisticsTitle'),
    defaultName: t('exports.statisticsFile', { name: filing.listedName.replace(/[/\\:*?"<>|]/g, '_') }),
    async write(path) {
      return (await call('export:statistics', { filingId: filing.id, path })).occupations;
    },
  });
  return (
    <ExportButton
      testId={`export-statistics-${filing.id}`}
      label={t('exports.statistics')}
      state={exporter.state}
      doneText={exporter.state.done ? t('exports.statisticsDone', { name: exporter.state.done.name, count: exporter.state.done.count }) : ''}
      onRun={() => void exporter.run()}
      onOpen={() => void exporter.open()}
    />
  );
}
