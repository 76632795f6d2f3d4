import { useState } from 'react';
import type { ItemOriginalView, Role } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { markSegments } from './span-segments';

/** Mirrors the API: PX and the unit's nurses may read an original; executives and admins never. */
export const ORIGINAL_READERS: readonly Role[] = ['px', 'nurse', 'charge_nurse'];

/**
 * The original text, fetched only on request: each fetch is an audited read, so it is neither cached
 * nor prefetched, and it is forgotten when the panel closes.
 */
export function OriginalText({ itemId }: { itemId: string }) {
  const { accessToken } = useSignedIn();
  const [original, setOriginal] = useState<ItemOriginalView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);

  async function reveal() {
    setIsLoading(true);
    setError(null);
    try {
      setOriginal(
        await apiRequest<ItemOriginalView>(`/api/v1/items/${encodeURIComponent(itemId)}/original`, {
          token: accessToken,
        }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not load the original.');
    } finally {
      setIsLoading(false);
    }
  }

  if (!original)
    return (
      <div className="original-reveal">
        <button type="button" onClick={reveal} disabled={isLoading}>
          {isLoading ? 'Opening…' : 'Show original text'}
        </button>{' '}
        <span className="muted small">Opening it is recorded in the audit trail.</span>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </div>
    );
  const segments = markSegments(
    original.text,
    original.redactions.map((r) => ({ start: r.original.start, end: r.original.end, mark: r.type })),
  );
  return (
    <section className="subsection original-text" aria-labelledby="original-title">
      <div className="section-head">
        <h3 id="original-title">Original text</h3>
        <button type="button" className="link-button" onClick={() => setOriginal(null)}>
          Hide
        </button>
      </div>
      <p className="item-text" data-testid="original-text">
        {segments.map((s, i) =>
          s.mark ? (
            <mark key={i} className="phi" title={`Redacted elsewhere as [${s.mark}]`}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
      {original.author && <p className="small">Author: {original.author}</p>}
      {original.url && (
        <p className="small">
          <a href={original.url} target="_blank" rel="noreferrer noopener">
            Open the post
          </a>
        </p>
      )}
    </section>
  );
}
