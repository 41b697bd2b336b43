import { useTranslation } from 'react-i18next';
import { formatPoints, type ScoreResult } from '../../../../shared/domain/scoring';
import type { Section } from '../../../../shared/domain/templates/types';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import type { UnitOption } from '../sampling/unitOptions';
import { itemAnswerOf } from './itemAnswer';
import { ItemRows } from './ItemRows';
import type { ScoringColumns } from './scoringColumns';

interface Props {
  section: Section;
  columns: ScoringColumns;
  result: ScoreResult | null;
  answers: Record<string, unknown>;
  unitsByItem: Map<string, UnitOption[]>;
  filing: FilingDetail | null;
  readOnly: boolean;
  /** A follow-up limited to its findings: the items it re-checks; the others stay read-only. Null: no limit. */
  reCheckItems: ReadonlySet<string> | null;
  setAnswer(key: string, answer: unknown, options?: { typing?: boolean }): void;
}

const NO_UNITS: UnitOption[] = [];
const IDEOGRAPHIC_SPACE = '\u3000';

/** One 评估类别 laid out like the printed form, with its subtotal. */
export function SectionTable({ section, columns, result, answers, unitsByItem, filing, readOnly, reCheckItems, setAnswer }: Props) {
  const { t } = useTranslation();
  const subtotal = result?.sections.find((s) => s.id === section.id);
  const items = new Map(result?.items.map((i) => [i.itemId, i]) ?? []);
  return (
    <table className="form-table scoring-table" aria-labelledby={`section-${section.id}`} data-testid={`section-${section.id}`}>
      <caption id={`section-${section.id}`}>
        <span>
          {columns.section !== null && <span className="visually-hidden">{columns.section}：</span>}
          {section.id}
          {IDEOGRAPHIC_SPACE}
          {section.title}
          <span className="muted">（{formatPoints(section.declaredMax)}分）</span>
        </span>
        <span className="subtotal" data-testid={`subtotal-${section.id}`}>
          {t('scoring.subtotal', { points: formatPoints(subtotal?.points ?? 0), max: formatPoints(subtotal?.maxPoints ?? section.declaredMax) })}
          {subtotal && !subtotal.complete && <span className="muted small">{t('scoring.subtotalIncomplete')}</span>}
        </span>
      </caption>
      <colgroup>
        {columns.group !== null && <col className="col-group" />}
        <col className="col-content" />
        {columns.method !== null && <col className="col-method" />}
        <col className="col-rule" />
        <col className="col-num" />
        {columns.selfScore !== null && <col className="col-self" />}
        <col className="col-num" />
        {columns.difference && <col className="col-num" />}
      </colgroup>
      <thead>
        <tr>
          {columns.group !== null && <th scope="col">{columns.group}</th>}
          <th scope="col">{columns.content ?? t('scoring.columns.content')}</th>
          {columns.method !== null && <th scope="col">{columns.method}</th>}
          <th scope="col">{columns.scoringRule ?? t('scoring.columns.rule')}</th>
          <th scope="col">{columns.maxPoints ?? t('scoring.columns.max')}</th>
          {columns.selfScore !== null && <th scope="col">{columns.selfScore}</th>}
          <th scope="col">{columns.inspectorScore ?? t('scoring.columns.score')}</th>
          {columns.difference && <th scope="col">{t('scoring.columns.difference')}</th>}
        </tr>
      </thead>
      {section.groups.map((group) => (
        <tbody key={group.id}>
          {group.items.map((item, index) => {
            const itemResult = items.get(item.id);
            const editKey = item.scoring.kind === 'shared' ? item.scoring.leadItemId : item.id;
            const outOfScope = reCheckItems !== null && !reCheckItems.has(item.id) && !reCheckItems.has(editKey);
            return (
              <ItemRows
                key={item.id}
                item={item}
                group={index === 0 ? group : null}
                groupRows={group.items.length * 2}
                columns={columns}
                answer={itemAnswerOf(answers, editKey)}
                selfAnswer={itemAnswerOf(answers, item.id)}
                points={itemResult?.points ?? null}
                difference={itemResult?.difference ?? null}
                units={unitsByItem.get(editKey) ?? NO_UNITS}
                filing={filing}
                readOnly={readOnly || outOfScope}
                outOfScope={outOfScope}
                setAnswer={setAnswer}
              />
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
