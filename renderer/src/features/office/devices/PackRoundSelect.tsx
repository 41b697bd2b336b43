import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoundsStore } from './roundsStore';

/** The round the pack's new assignments belong to; none lets the laptop open a round of its own. */
export function PackRoundSelect({ value, onChange, disabled }: { value: string; onChange(roundUid: string): void; disabled: boolean }) {
  const { t } = useTranslation();
  const { rounds, loaded, load } = useRoundsStore();

  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);

  // The office's newest round is the one a clerk usually means; chosen once the list arrives.
  const newest = rounds.find((r) => r.origin === 'office')?.uid;
  useEffect(() => {
    if (value === '' && newest) onChange(newest);
    // Only when the list first brings a round: a clerk who picks 不指定 afterwards keeps that choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newest]);

  return (
    <label className="field">
      {t('office.pack.round')}
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} data-testid="pack-round-select">
        <option value="">{t('office.pack.noRound')}</option>
        {rounds.map((round) => (
          <option key={round.uid} value={round.uid}>
            {round.name}
          </option>
        ))}
      </select>
    </label>
  );
}
