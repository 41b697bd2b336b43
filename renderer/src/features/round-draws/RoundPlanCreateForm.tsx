import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback } from '../forms/FormFeedback';
import { useRoundDrawsStore } from './roundDrawsStore';

const SEED_PATTERN = /^[0-9a-fA-F]{32,128}$/;

/** 新建轮次: name and year; the seed is fresh and random unless the office announced one (then with a note where). */
export function RoundPlanCreateForm() {
  const { t } = useTranslation();
  const { busy, create } = useRoundDrawsStore();
  const [name, setName] = useState('');
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const [seed, setSeed] = useState('');
  const [seedNote, setSeedNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const yearNumber = Number(year);
    if (!name.trim()) return setProblem(t('roundDraws.create.needName'));
    if (!Number.isInteger(yearNumber) || yearNumber < 2000 || yearNumber > 2100) return setProblem(t('roundDraws.create.badYear'));
    if (seed.trim() && !SEED_PATTERN.test(seed.trim())) return setProblem(t('roundDraws.create.badSeed'));
    setProblem(null);
    const failure = await create({
      name: name.trim(),
      year: yearNumber,
      ...(seed.trim() ? { seed: seed.trim() } : {}),
      ...(seed.trim() && seedNote.trim() ? { seedNote: seedNote.trim() } : {}),
    });
    if (failure) return setProblem(t('errors.generic', { message: failure }));
    setName('');
    setSeed('');
    setSeedNote('');
  }

  return (
    <section className="card" aria-labelledby="round-plan-create-heading">
      <h2 id="round-plan-create-heading">{t('roundDraws.create.heading')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <label className="field">
            {t('roundDraws.create.name')}
            <input
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('roundDraws.create.namePlaceholder', { year })}
              maxLength={200}
              required
              aria-required="true"
              disabled={busy}
              data-testid="round-plan-name"
            />
          </label>
          <label className="field field-narrow">
            {t('roundDraws.create.year')}
            <input
              type="number"
              min={2000}
              max={2100}
              value={year}
              onChange={(e) => setYear(e.target.value)}
              disabled={busy}
              data-testid="round-plan-year"
            />
          </label>
          <label className="field">
            {t('roundDraws.create.seed')}
            <input
              type="text"
              className="mono"
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
              maxLength={128}
              disabled={busy}
              data-testid="round-plan-seed"
            />
            <span className="muted small">{t('roundDraws.create.seedHint')}</span>
          </label>
          {seed.trim() && (
            <label className="field">
              {t('roundDraws.create.seedNote')}
              <input
                type="text"
                value={seedNote}
                onChange={(e) => setSeedNote(e.target.value)}
                maxLength={500}
                disabled={busy}
                data-testid="round-plan-seed-note"
              />
            </label>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy} data-testid="round-plan-create">
            {t('roundDraws.create.submit')}
          </button>
        </div>
      </form>
      <FormFeedback problem={problem}>{null}</FormFeedback>
    </section>
  );
}
