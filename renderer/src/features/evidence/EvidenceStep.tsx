import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceMimeTypes, MAX_EVIDENCE_BYTES } from '../../../../shared/ipc/channels/evidence';
import { allItems } from '../../../../shared/domain/templates/walk';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
import { useTemplate } from '../inspection/useTemplate';
import { itemAnswerOf } from '../scoring/itemAnswer';
import { EvidenceThumbnail } from './EvidenceThumbnail';
import { readFileBase64 } from './readFileBase64';

type Mime = (typeof evidenceMimeTypes)[number];

export function EvidenceStep() {
  const { t } = useTranslation();
  const template = useTemplate();
  const evidence = useInspectionStore((s) => s.evidence);
  const findings = useInspectionStore((s) => s.findings);
  const answers = useInspectionStore((s) => s.answers);
  const attach = useInspectionStore((s) => s.attachEvidence);
  const readOnly = useReadOnly();
  const fileRef = useRef<HTMLInputElement>(null);
  const [itemId, setItemId] = useState('');
  const [findingKey, setFindingKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!template) return null;

  // The findings recorded on the chosen item, each a unit with a note: evidence can be linked to one of them.
  const occurrences = Object.entries(itemAnswerOf(answers, itemId)?.deductions ?? {}).flatMap(([ruleId, list]) =>
    list.map((o, i) => ({
      key: `${ruleId}-${i}`,
      unit: o.unit,
      description: `${ruleId}：${o.unit ? `${o.unit.id}，` : ''}${o.note || t('evidence.noNote')}`,
    })),
  );

  async function upload(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setProblem(null);
    if (!(evidenceMimeTypes as readonly string[]).includes(file.type)) return setProblem(t('evidence.badType'));
    if (file.size > MAX_EVIDENCE_BYTES) return setProblem(t('evidence.tooLarge', { mb: MAX_EVIDENCE_BYTES / 1024 / 1024 }));
    setBusy(true);
    const occurrence = occurrences.find((o) => o.key === findingKey);
    const ok = await attach({
      ...(itemId ? { itemId } : {}),
      ...(occurrence && itemId
        ? {
            finding: {
              unitKind: (occurrence.unit?.kind as 'batch' | 'candidate' | 'occupation' | undefined) ?? 'other',
              unitId: occurrence.unit?.id ?? '—',
              description: occurrence.description,
            },
          }
        : {}),
      fileName: file.name,
      mime: file.type as Mime,
      dataBase64: await readFileBase64(file),
    });
    setBusy(false);
    if (ok && fileRef.current) fileRef.current.value = '';
  }

  return (
    <div className="step">
      {!readOnly && (
        <section className="card" aria-labelledby="evidence-add-heading">
          <h2 id="evidence-add-heading">{t('evidence.add')}</h2>
          <div className="form-grid">
            <label className="field">
              {t('evidence.item')}
              <select value={itemId} onChange={(e) => (setItemId(e.target.value), setFindingKey(''))}>
                <option value="">{t('evidence.general')}</option>
                {allItems(template).map(({ item }) => (
                  <option key={item.id} value={item.id}>
                    {item.id} {item.content.slice(0, 30)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('evidence.finding')}
              <select value={findingKey} onChange={(e) => setFindingKey(e.target.value)} disabled={occurrences.length === 0}>
                <option value="">{t('evidence.noFinding')}</option>
                {occurrences.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.description}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('evidence.file')}
              <input
                ref={fileRef}
                type="file"
                accept={evidenceMimeTypes.join(',')}
                disabled={busy}
                onChange={(e) => void upload(e.target.files)}
                data-testid="evidence-file"
              />
            </label>
          </div>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
        </section>
      )}
      {evidence.length === 0 ? (
        <p className="empty-state">{t('evidence.none')}</p>
      ) : (
        <div className="thumbnails">
          {evidence.map((e) => (
            <EvidenceThumbnail key={e.id} evidence={e} finding={findings.find((f) => f.id === e.findingId)} />
          ))}
        </div>
      )}
    </div>
  );
}
