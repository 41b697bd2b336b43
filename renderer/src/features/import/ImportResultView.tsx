import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/import/types';
import { routeHref } from '../../app/router/routes';
import { useImportStore } from './importStore';

export function ImportResultView({ result }: { result: ImportSummary }) {
  const { t } = useTranslation();
  const kind = useImportStore((s) => s.kind);
  const choose = useImportStore((s) => s.choose);
  return (
    <div className="notice notice-ok" role="status" data-testid="import-result">
      <p>
        <strong>{t('importer.done')}</strong>
        {t('importer.counts', { inserted: result.inserted, updated: result.updated })}
        {result.skipped > 0 && t('importer.skipped', { count: result.skipped })}
      </p>
      {result.outsideScope !== undefined && result.outsideScope > 0 && <p>{t('importer.outsideScope', { count: result.outsideScope })}</p>}
      <p>
        <a href={routeHref({ name: 'institutions' })}>{t('importer.toList')}</a>
        <button type="button" className="button-link" onClick={() => void choose(t('importer.dialogTitle', { kind: t(`importer.kinds.${kind}`) }))}>
          {t('importer.another')}
        </button>
      </p>
    </div>
  );
}
