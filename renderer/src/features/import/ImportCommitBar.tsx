import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/import/preview';
import { useInstitutionsStore } from '../institutions/institutionsStore';
import { useImportStore } from './importStore';

/** 导入: refused while rows have problems, unless 只导入有效行 is ticked. */
export function ImportCommitBar({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const busy = useImportStore((s) => s.busy);
  const result = useImportStore((s) => s.result);
  const validOnly = useImportStore((s) => s.validOnly);
  const setValidOnly = useImportStore((s) => s.setValidOnly);
  const commit = useImportStore((s) => s.commit);
  const reloadInstitutions = useInstitutionsStore((s) => s.load);
  const [refusal, setRefusal] = useState<string | null>(null);
  const hasInvalid = preview.invalidRows > 0;
  const nothingToImport = preview.validRows === 0;

  async function submit() {
    setRefusal(null);
    if (nothingToImport) return setRefusal(t('importer.nothingValid'));
    if (hasInvalid && !validOnly) return setRefusal(t('importer.refused', { count: preview.invalidRows }));
    if (await commit()) void reloadInstitutions();
  }

  if (result) return null;
  return (
    <div className="commit-bar">
      {hasInvalid && (
        <label className="checkbox">
          <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} disabled={busy !== null} />
          {t('importer.validOnly', { count: preview.validRows })}
        </label>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void submit()} disabled={busy !== null}>
          {busy === 'importing'
            ? t('importer.importing')
            : !hasInvalid
              ? t('importer.submit', { count: preview.validRows })
              : validOnly
                ? t('importer.submitValid', { count: preview.validRows })
                : t('importer.submitBlocked')}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
    </div>
  );
}
