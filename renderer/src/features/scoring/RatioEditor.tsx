import type { ItemAnswer } from '../../../../shared/domain/scoring';
import type { RatioBracketScoring } from '../../../../shared/domain/templates/types';
import { CountInput } from './CountInput';

interface Props {
  scoring: RatioBracketScoring;
  answer: ItemAnswer | undefined;
  readOnly: boolean;
  onChange(answer: ItemAnswer): void;
}

/** 比例分档 (R-SD-02): the points follow from the two counts. */
export function RatioEditor({ scoring, answer, readOnly, onChange }: Props) {
  function set(key: 'issued' | 'uploaded', value: number | undefined) {
    const next: ItemAnswer = { ...answer };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  }
  return (
    <div className="editor ratio">
      <CountInput label={scoring.denominatorLabel} value={answer?.issued} readOnly={readOnly} onChange={(v) => set('issued', v)} />
      <CountInput label={scoring.numeratorLabel} value={answer?.uploaded} readOnly={readOnly} onChange={(v) => set('uploaded', v)} />
    </div>
  );
}
