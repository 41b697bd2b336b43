import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { importKinds, type ImportKind } from '../../../../shared/import/types';
import { navigate, routeHref } from '../../app/router/routes';
import { ImportCommitBar } from './ImportCommitBar';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResultView } from './ImportResultView';
import { useImportProgress } from './useImportProgress';
import { useImportStore } from './importStore';

/** 导入: choose what the file holds, choose the file, check the preview, import; progress as a bar. */
export function ImportPage({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const kindName = useId();
  const setKind = useImportStore((s) => s.setKind);
  const file = useImportStore((s) => s.file);
  const busy = useImportStore((s) => s.busy);
  const error = useImportStore((s) => s.error);
  const preview = useImportStore((s) => s.preview);
  const result = useImportStore((s) => s.result);
  const choose = useImportStore((s) => s.choose);
  useImportProgress();

  useEffect(() => setKind(kind), [kind, setKind]);

  return (
    <section className="page" aria-labelledby="import-heading">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <a href={routeHref({ name: 'institutions' })}>{t('institutions.heading')}</a> / <span>{t('importer.heading')}</span>
      </nav>
      <header className="page-header">
        <h1 id="import-heading">{t('importer.heading')}</h1>
      </header>
      <p className="lead-text">{t('importer.intro')}</p>

      <section className="card" aria-labelledby="import-step-1">
        <h2 id="import-step-1">{t('importer.step1')}</h2>
        <fieldset className="choice-row" disabled={busy !== null}>
          <legend className="visually-hidden">{t('importer.step1')}</legend>
          {importKinds.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={kindName} value={k} checked={k === kind} onChange={() => navigate({ name: 'import', kind: k })} />
              <span>
                <strong>{t(`importer.kinds.${k}`)}</strong>
                <span className="muted small">{t(`importer.kindHints.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card" aria-labelledby="import-step-2">
        <h2 id="import-step-2">{t('importer.step2')}</h2>
        <p className="muted small">{t('importer.fileHint')}</p>
        <div className="form-actions">
          <button
            type="button"
            className={file ? 'button' : 'button primary'}
            onClick={() => void choose(t('importer.dialogTitle', { kind: t(`importer.kinds.${kind}`) }))}
            disabled={busy !== null}
          >
            {file ? t('importer.chooseAgain') : t('importer.choose')}
          </button>
          {file && (
            <span className="chosen-file" data-testid="import-file">
              {t('importer.chosen', { name: file.name })}
            </span>
          )}
        </div>
        {busy === 'previewing' && <ImportProgressBar />}
        {error && (
          <p role="alert" className="error notice notice-error">
            {error}
          </p>
        )}
      </section>

      {preview && (
        <section className="card" aria-labelledby="import-step-3">
          <h2 id="import-step-3">{t('importer.step3')}</h2>
          <ImportPreviewView preview={preview} />
          <ImportCommitBar preview={preview} />
          {(busy === 'importing' || result) && <ImportProgressBar />}
          {result && <ImportResultView result={result} />}
        </section>
      )}
    </section>
  );
}
