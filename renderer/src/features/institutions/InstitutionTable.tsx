import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionListRow } from '../../../../shared/ipc/channels/institutions';
import { routeHref } from '../../app/router/routes';
import { rowRectification } from '../../lib/roundsContract';
import { RectificationBadge } from './RectificationBadge';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 44;

/** A real table (screen readers announce rows and columns) whose body renders only the rows in view. */
export function InstitutionTable({ rows }: { rows: InstitutionListRow[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer returns fresh functions each render by design; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
      <table className="data-table" data-testid="institutions-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col">{t('institutions.columns.name')}</th>
            <th scope="col">{t('institutions.columns.kind')}</th>
            <th scope="col">{t('institutions.columns.filingNo')}</th>
            <th scope="col">{t('institutions.columns.region')}</th>
            <th scope="col">{t('institutions.columns.filingYear')}</th>
            <th scope="col">{t('institutions.columns.validTo')}</th>
            <th scope="col">{t('institutions.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: before }} />
            </tr>
          )}
          {items.map((virtual) => {
            const row = rows[virtual.index] as InstitutionListRow;
            return (
              <tr key={row.id} aria-rowindex={virtual.index + 2} data-testid="institution-row" className="row-height">
                <td>
                  <a href={routeHref({ name: 'institution', id: row.institutionId })}>{row.name}</a>
                  {row.demo && <span className="tag-demo">{t('app.demoBadge')}</span>}
                </td>
                <td>{t(`institutions.kinds.${row.kind}`)}</td>
                <td className="mono">{row.filingNo}</td>
                <td>{row.region ?? '—'}</td>
                <td>{row.filingYear}</td>
                <td>{row.validTo ?? '—'}</td>
                <td>
                  <StatusBadge status={row.status} label={row.statusLabel} />
                  <RectificationBadge rectification={rowRectification(row)} />
                </td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
