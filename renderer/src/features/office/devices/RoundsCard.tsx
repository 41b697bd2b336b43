import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRoundName } from '../../../../../shared/domain/rounds/types';
import { useRoundsStore } from './roundsStore';

/** 评估轮次: the rounds this store holds (newest first) and a form to open the office's next one. */
export function RoundsCard() {
  const { t } = useTranslation();
  const { rounds, loaded, error, load, open } = useRoundsStore();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [name, setName] = useState(() => defaultRoundName(new Date().getFullYear()));
  // The name follows the year until the clerk writes one of their own.
  const [nameEdited, setNameEdited] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  function changeYear(text: string) {
    const next = Number(text);
    setYear(next);
    if (!nameEdited && Number.isInteger(next)) setName(defaultRoundName(next));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setOpened(null);
    if (!name.trim()) return setProblem(t('office.rounds.needName'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return setProblem(t('office.rounds.badYear'));
    setBusy(true);
    const round = await open(name.trim(), year);
    setBusy(false);
    if (round) setOpened(round.name);
  }

  return (
    <section className="card" aria-labelledby="office-rounds-heading" data-testid="rounds-card">
      <h2 id="office-rounds-heading">{t('office.rounds.heading')}</h2>
      <p className="lead-text">{t('office.rounds.intro')}</p>
      {loaded && rounds.length === 0 ? (
        <p className="muted">{t('office.rounds.empty')}</p>
      ) : (
        <table className="data-table compact" data-testid="rounds-list">
          <thead>
            <tr>
              <th scope="col">{t('office.rounds.columns.name')}</th>
              <th scope="col">{t('office.rounds.columns.year')}</th>
              <th scope="col">{t('office.rounds.columns.origin')}</th>
              <th scope="col">{t('office.rounds.columns.openedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => (
              <tr key={round.uid}>
                <th scope="row">{round.name}</th>
                <td className="num">{round.year}</td>
                <td>{t(`office.rounds.origins.${round.origin}`, { by: round.openedBy })}</td>
                <td className="nowrap">{round.openedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field field-narrow">
          {t('office.rounds.year')}
          <input type="number" min={2000} max={2100} value={year} onChange={(e) => changeYear(e.target.value)} disabled={busy} />
        </label>
        <label className="field">
          {t('office.rounds.name')}
          <input
            type="text"
            value={name}
            onChange={(e) => (setName(e.target.value), setNameEdited(true))}
            maxLength={200}
            required
            aria-required="true"
            disabled={busy}
          />
        </label>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy} data-testid="round-open">
            {busy ? t('office.rounds.busy') : t('office.rounds.submit')}
          </button>
        </div>
      </form>
      {(problem ?? error) && (
        <p role="alert" className="error">
          {problem ?? t('errors.generic', { message: error })}
        </p>
      )}
      <div role="status" aria-live="polite">
        {opened && <p className="notice notice-ok">{t('office.rounds.opened', { name: opened })}</p>}
      </div>
    </section>
  );
}
