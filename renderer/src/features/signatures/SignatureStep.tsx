import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignerRole } from '../../../../shared/store/enums';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
import { useScore } from '../inspection/useScore';
import { ReportsPanel } from '../reports/ReportsPanel';
import { SignaturePadField } from './SignaturePadField';
import { SignedBy } from './SignedBy';

interface Signer {
  key: string;
  role: SignerRole;
  name: string;
  label: string;
}

export function SignatureStep() {
  const { t } = useTranslation();
  const inspection = useInspectionStore((s) => s.inspection);
  const signatures = useInspectionStore((s) => s.signatures);
  const sign = useInspectionStore((s) => s.sign);
  const lock = useInspectionStore((s) => s.lock);
  const readOnly = useReadOnly();
  const score = useScore();
  const [repName, setRepName] = useState('');
  if (!inspection) return null;

  const signers: Signer[] = inspection.panel.map((member, i) => ({
    key: `panel-${i}`,
    role: member.role === 'lead' ? 'panelLead' : 'panelMember',
    name: member.name,
    label: `${t(member.role === 'lead' ? 'signatures.roles.panelLead' : 'signatures.roles.panelMember')}\u3000${member.name}`,
  }));
  const rep = signatures.find((s) => s.role === 'institutionRep');
  signers.push({ key: 'rep', role: 'institutionRep', name: rep?.signerName ?? repName, label: t('signatures.roles.institutionRep') });
  const signatureOf = (signer: Signer) =>
    signatures.find((s) =>
      signer.role === 'institutionRep' ? s.role === 'institutionRep' : s.role !== 'institutionRep' && s.signerName === signer.name,
    );
  const allSigned = signers.every((s) => signatureOf(s));
  const complete = score?.ok === true && (score.result.complete || score.result.passed === false);

  return (
    <div className="step">
      <p className="lead-text">{t('signatures.intro')}</p>
      {!complete && !readOnly && <p className="notice notice-warn">{t('signatures.scoreIncomplete')}</p>}
      <div className="signers">
        {signers.map((signer) => {
          const signed = signatureOf(signer);
          return (
            <section key={signer.key} className="card signer" aria-labelledby={`signer-${signer.key}`} data-testid={`signer-${signer.key}`}>
              <h2 id={`signer-${signer.key}`}>{signer.label}</h2>
              {signed ? (
                <SignedBy signature={signed} />
              ) : readOnly ? (
                <p className="muted">{t('signatures.notSigned')}</p>
              ) : (
                <>
                  {signer.role === 'institutionRep' && (
                    <label className="field">
                      {t('signatures.repName')}
                      <input value={repName} maxLength={100} onChange={(e) => setRepName(e.target.value)} />
                    </label>
                  )}
                  <SignaturePadField
                    signerLabel={signer.label}
                    name={signer.name}
                    onSign={(imageDataUrl) =>
                      signer.name.trim() ? sign({ signerName: signer.name.trim(), role: signer.role, imageDataUrl }) : Promise.resolve(false)
                    }
                  />
                </>
              )}
            </section>
          );
        })}
      </div>
      {!readOnly && (
        <div className="lock-bar">
          <p className="muted">{allSigned ? t('signatures.readyToLock') : t('signatures.lockNeedsAll')}</p>
          <button type="button" className="button primary" disabled={!allSigned || !complete} onClick={() => void lock()}>
            {t('signatures.lock')}
          </button>
        </div>
      )}
      {readOnly && <ReportsPanel inspection={inspection} />}
    </div>
  );
}
