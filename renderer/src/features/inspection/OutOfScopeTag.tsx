import { useTranslation } from 'react-i18next';

/** Marks an item, penalty or veto a follow-up does not re-check: it keeps the accepted inspection's answer. */
export function OutOfScopeTag() {
  const { t } = useTranslation();
  return (
    <span className="tag-out-of-scope" data-testid="out-of-scope" title={t('followUp.outOfScopeHint')}>
      {t('followUp.outOfScope')}
    </span>
  );
}
