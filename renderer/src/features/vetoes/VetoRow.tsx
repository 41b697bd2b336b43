import { useTranslation } from 'react-i18next';
import type { Veto } from '../../../../shared/domain/templates/types';
import { OutOfScopeTag } from '../inspection/OutOfScopeTag';

interface VetoAnswer {
  answer: '是' | '否';
  note?: string;
}

/** 一票否决: 是 / 否, with a note saying what was found. */
export function VetoRow({
  veto,
  answer,
  readOnly,
  outOfScope = false,
  onChange,
}: {
  veto: Veto;
  answer: VetoAnswer | undefined;
  readOnly: boolean;
  /** Not re-checked by this follow-up (非复查事项). */
  outOfScope?: boolean;
  onChange(answer: VetoAnswer, typing?: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <tr data-testid={`veto-${veto.id}`} className={answer?.answer === '是' ? 'veto-yes' : undefined}>
      <th scope="row" className="mono">
        {veto.id}
      </th>
      <td>
        {veto.text}
        {outOfScope && <OutOfScopeTag />}
      </td>
      <td>
        <fieldset className="yes-no">
          <legend className="visually-hidden">{t('vetoes.answerFor', { id: veto.id })}</legend>
          {(['否', '是'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`veto-${veto.id}`}
                checked={answer?.answer === value}
                disabled={readOnly}
                onChange={() => onChange({ ...answer, answer: value })}
              />
              {value === '是' ? t('common.yes') : t('common.no')}
            </label>
          ))}
        </fieldset>
      </td>
      <td>
        <input
          className="veto-note"
          aria-label={t('vetoes.noteFor', { id: veto.id })}
          value={answer?.note ?? ''}
          maxLength={500}
          disabled={readOnly || !answer}
          placeholder={answer?.answer === '是' ? t('vetoes.notePlaceholder') : ''}
          onChange={(e) => answer && onChange({ ...answer, note: e.target.value }, true)}
        />
      </td>
    </tr>
  );
}
