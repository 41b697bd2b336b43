import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints, type ItemAnswer } from '../../../../shared/domain/scoring';
import type { Group, Item } from '../../../../shared/domain/templates/types';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import type { UnitOption } from '../sampling/unitOptions';
import { OutOfScopeTag } from '../inspection/OutOfScopeTag';
import { ItemEditor } from './ItemEditor';
import type { ScoringColumns } from './scoringColumns';
import { SelfScoreInput } from './SelfScoreInput';

export interface ItemRowsProps {
  item: Item;
  /** Set on the first item of a group: the group cell spans all its rows. */
  group: Group | null;
  groupRows: number;
  /** The columns the form's layout has: a row whose item has no method keeps the method cell, empty. */
  columns: ScoringColumns;
  answer: ItemAnswer | undefined;
  /** The item whose answer is edited here and on the self-score (shared rows edit their lead's deductions). */
  selfAnswer: ItemAnswer | undefined;
  points: number | null;
  difference: number | null;
  units: UnitOption[];
  filing: FilingDetail | null;
  readOnly: boolean;
  /** Not re-checked by this follow-up (非复查事项): shown read-only with a mark. */
  outOfScope?: boolean;
  setAnswer(key: string, answer: unknown, options?: { typing?: boolean }): void;
}

const fmt = (points: number | null) => (points === null ? '—' : formatPoints(points));

/** One row of the official form (评估内容 / 评估办法 / 评分标准 / 得分) and, under it, the inspector's input. */
export const ItemRows = memo(function ItemRows(props: ItemRowsProps) {
  const { t } = useTranslation();
  const { item, group, groupRows, columns, answer, selfAnswer, points, difference, units, filing, readOnly, outOfScope, setAnswer } = props;
  const editKey = item.scoring.kind === 'shared' ? item.scoring.leadItemId : item.id;
  const onEdit = useCallback((next: ItemAnswer, typing?: boolean) => setAnswer(editKey, next, { typing }), [setAnswer, editKey]);
  const onSelf = useCallback((next: ItemAnswer, typing?: boolean) => setAnswer(item.id, next, { typing }), [setAnswer, item.id]);
  return (
    <>
      <tr className={outOfScope ? 'item-row out-of-scope' : 'item-row'} id={`item-${item.id}`} data-testid={`item-${item.id}`}>
        {group && columns.group !== null && (
          <th scope="rowgroup" rowSpan={groupRows} className="group-cell">
            {group.title ?? ''}
            {group.declaredMax !== null && <span className="muted small">（{formatPoints(group.declaredMax)}分）</span>}
          </th>
        )}
        <td className="content-cell">
          <span className="item-no">{item.id}</span> {item.content}
          {outOfScope && <OutOfScopeTag />}
        </td>
        {columns.method !== null && <td className="method-cell">{item.method ?? ''}</td>}
        <td className="rule-cell">{item.scoringRule}</td>
        <td className="num">{formatPoints(item.maxPoints)}</td>
        {columns.selfScore !== null && (
          <td className="num">
            <SelfScoreInput itemId={item.id} maxPoints={item.maxPoints} answer={selfAnswer} readOnly={readOnly} onChange={onSelf} />
          </td>
        )}
        <td className="num score-cell" data-testid={`points-${item.id}`}>
          <strong>{fmt(points)}</strong>
        </td>
        {columns.difference && (
          <td className={`num ${difference !== null && difference !== 0 ? 'diff' : ''}`}>{difference === null ? '' : formatPoints(difference)}</td>
        )}
      </tr>
      <tr className="editor-row">
        <td colSpan={columns.editorSpan}>
          <span className="visually-hidden">{t('scoring.editorFor', { item: item.id })}</span>
          <ItemEditor item={item} answer={answer} units={units} filing={filing} readOnly={readOnly} onChange={onEdit} />
        </td>
      </tr>
    </>
  );
});
