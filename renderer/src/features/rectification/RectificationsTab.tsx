import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RectificationDetail } from './RectificationDetail';
import { RectificationList } from './RectificationList';
import { useRectificationStore } from './rectificationStore';

/** 整改: the list with its deadline watch, or one rectification in detail; errors from main in the app's words. */
export function RectificationsTab() {
  const { t } = useTranslation();
  const { detail, error, opened, load } = useRectificationStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <div role="status" aria-live="polite" data-testid="rectification-status">
        {opened && (
          <p className="notice notice-info">
            {t(opened.opened ? 'rectification.opened.viewer' : 'rectification.opened.saved', { name: opened.name })}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {detail ? <RectificationDetail key={detail.uid} rectification={detail} /> : <RectificationList />}
    </>
  );
}
