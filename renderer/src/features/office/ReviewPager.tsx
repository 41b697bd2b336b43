import { useTranslation } from 'react-i18next';
import { REVIEW_PAGE_SIZE } from '../../../../shared/ipc/channels/sync';

/** 上一页 / 下一页 under the review list, with where the page stands in the whole list (共 N 条). */
export function ReviewPager({ offset, total, onPage }: { offset: number; total: number; onPage(offset: number): void }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pages = Math.ceil(total / REVIEW_PAGE_SIZE);
  const page = Math.floor(offset / REVIEW_PAGE_SIZE) + 1;
  return (
    <nav className="pager" aria-label={t('office.review.pager.label')} data-testid="review-pager">
      <button type="button" className="button small" disabled={page <= 1} onClick={() => onPage(Math.max(0, offset - REVIEW_PAGE_SIZE))}>
        {t('office.review.pager.previous')}
      </button>
      <span className="muted" aria-live="polite">
        {t('office.review.pager.page', {
          page,
          pages,
          from: offset + 1,
          to: Math.min(total, offset + REVIEW_PAGE_SIZE),
          total,
        })}
      </span>
      <button type="button" className="button small" disabled={page >= pages} onClick={() => onPage(offset + REVIEW_PAGE_SIZE)}>
        {t('office.review.pager.next')}
      </button>
    </nav>
  );
}
