import { useEffect, useState, type FormEvent } from 'react';
import { useSignedIn } from '../../auth/session-context';
import { fetchUnitQr } from './use-connectors';

/** Prints a unit's comment-card QR code: the page's print style shows only this card. */
export function UnitQrPrint() {
  const { accessToken } = useSignedIn();
  const [unitCode, setUnitCode] = useState('');
  const [qr, setQr] = useState<{ unit: string; src: string; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => (qr ? URL.revokeObjectURL(qr.src) : undefined), [qr]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const code = unitCode.trim();
      setQr({ unit: code, ...(await fetchUnitQr(accessToken, code)) });
    } catch (e) {
      setQr(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="qr-title" className="admin-section">
      <h2 id="qr-title">Comment-card QR code</h2>
      <form onSubmit={onSubmit} className="admin-qr-form">
        <label htmlFor="qr-unit">Unit code</label>
        <input
          id="qr-unit"
          value={unitCode}
          onChange={(e) => setUnitCode(e.target.value)}
          placeholder="4B"
          required
        />
        <button type="submit">Show QR code</button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {qr && (
        <>
          <div className="qr-card">
            <p className="qr-card-title">Tell the team on {qr.unit}</p>
            <img src={qr.src} alt={`QR code linking to ${qr.url}`} width={240} height={240} />
            <p>Scan with your phone camera, or go to {qr.url}</p>
            <p>No account needed. If someone needs help right now, press the call bell.</p>
          </div>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </>
      )}
    </section>
  );
}
