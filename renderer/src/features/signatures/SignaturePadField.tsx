import SignaturePad from 'signature_pad';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const WIDTH = 480;
const HEIGHT = 160;

/** Draws a typed name in a handwriting-like font: the keyboard-only way to sign. */
const SIGNATURE_FONT = `'STKaiti', 'KaiTi', 'AR PL UKai CN', 'Noto Sans SC Bundled', sans-serif`;

async function drawTypedName(canvas: HTMLCanvasElement, name: string): Promise<void> {
  // Canvas text does not wait for web fonts: load the bundled Chinese font first, or the name comes out as boxes.
  await document.fonts.load(`42px 'Noto Sans SC Bundled'`, name).catch(() => []);
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = canvas.width / WIDTH;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  context.font = `${42 * ratio}px ${SIGNATURE_FONT}`;
  context.textBaseline = 'middle';
  context.fillText(name, 24 * ratio, (HEIGHT / 2) * ratio);
}

/** A handwritten signature (signature_pad); “确认签名” hands the PNG on. */
export function SignaturePadField({ signerLabel, name, onSign }: { signerLabel: string; name: string; onSign(dataUrl: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [empty, setEmpty] = useState(true);
  const [typed, setTyped] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)', penColor: '#000' });
    pad.addEventListener('endStroke', () => {
      setTyped(false);
      setEmpty(pad.isEmpty());
    });
    padRef.current = pad;
    return () => pad.off();
  }, []);

  function clear() {
    padRef.current?.clear();
    setEmpty(true);
    setTyped(false);
  }

  async function typeName() {
    const canvas = canvasRef.current;
    if (!canvas || !name.trim()) return;
    padRef.current?.clear();
    await drawTypedName(canvas, name.trim());
    setTyped(true);
    setEmpty(false);
  }

  async function confirm() {
    const canvas = canvasRef.current;
    if (!canvas || empty) return;
    if (await onSign(typed ? canvas.toDataURL('image/png') : (padRef.current?.toDataURL('image/png') ?? ''))) clear();
  }

  return (
    <div className="signature-pad">
      <canvas ref={canvasRef} className="signature-canvas" aria-label={t('signatures.canvas', { signer: signerLabel })} role="img" />
      <div className="form-actions">
        <button type="button" className="button" onClick={clear}>
          {t('signatures.clear')}
        </button>
        <button type="button" className="button" onClick={() => void typeName()} disabled={!name.trim()}>
          {t('signatures.typeName')}
        </button>
        <button type="button" className="button primary" onClick={() => void confirm()} disabled={empty}>
          {t('signatures.confirm')}
        </button>
      </div>
    </div>
  );
}
