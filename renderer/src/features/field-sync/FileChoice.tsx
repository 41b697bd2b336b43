import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from './chosenFile';

/** One file to choose in the system dialog: what it is, why it is needed, the button, and the name once chosen. */
export function FileChoice({
  label,
  hint,
  chosen,
  chooseText,
  chooseAgainText,
  onChoose,
  disabled,
  primary,
  testId,
}: {
  label: string;
  hint?: string;
  chosen: ChosenFile | null;
  chooseText: string;
  chooseAgainText: string;
  onChoose(): void;
  disabled: boolean;
  /** The inspector's next step: one red button at a time. */
  primary: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const ids = { label: useId(), hint: useId() };
  return (
    <div className="file-choice" role="group" aria-labelledby={ids.label} aria-describedby={hint ? ids.hint : undefined}>
      <span id={ids.label} className="file-choice-label">
        {label}
      </span>
      <div className="form-actions">
        <button type="button" className={primary ? 'button primary' : 'button'} onClick={onChoose} disabled={disabled}>
          {chosen ? chooseAgainText : chooseText}
        </button>
        <span className={chosen ? 'chosen-file file-name' : 'muted chosen-file-none'} data-testid={testId}>
          {chosen ? t('fieldSync.pack.chosen', { name: chosen.name }) : t('fieldSync.pack.nothingChosen')}
        </span>
      </div>
      {hint && (
        <span id={ids.hint} className="muted small">
          {hint}
        </span>
      )}
    </div>
  );
}
