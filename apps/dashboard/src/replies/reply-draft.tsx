import { useState } from 'react';
import type { Channel, ReplyCheckResult, ReplyWarningKind } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { markSegments } from '../privacy/span-segments';

/** Posts that were public where they were written: the only ones a public reply answers. */
export const PUBLIC_CHANNELS: readonly Channel[] = ['social', 'review'];

const WARNING_LABELS: Record<ReplyWarningKind, string> = {
  confirms_patient: 'Confirms they are a patient',
  names_person: 'Names a person',
  mentions_health: 'Mentions health',
  argues: 'Argues or blames',
};

/**
 * A PX user drafts a public reply; Auscult checks it and offers the approved wording. Copying is
 * possible only for text that has been checked as it stands and raised no warning.
 */
export function ReplyDraft({ itemId }: { itemId: string }) {
  const { accessToken } = useSignedIn();
  const [draft, setDraft] = useState('');
  const [result, setResult] = useState<{ draft: string; check: ReplyCheckResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const [copied, setCopied] = useState(false);

  async function check(text: string) {
    setIsChecking(true);
    setError(null);
    setCopied(false);
    try {
      const check = await apiRequest<ReplyCheckResult>(
        `/api/v1/items/${encodeURIComponent(itemId)}/reply-check`,
        {
          method: 'POST',
          token: accessToken,
          body: { draft: text },
        },
      );
      setResult({ draft: text, check });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The check failed.');
    } finally {
      setIsChecking(false);
    }
  }

  const current = result && result.draft === draft ? result.check : null;
  const mayCopy = current?.isSafe === true;

  async function copy() {
    await navigator.clipboard.writeText(draft);
    setCopied(true);
  }

  return (
    <section className="subsection reply-draft" aria-labelledby="reply-title">
      <h3 id="reply-title">Draft public reply</h3>
      <label className="small" htmlFor="reply-text">
        Your reply (checked before it can be copied)
      </label>
      <textarea
        id="reply-text"
        rows={4}
        maxLength={2000}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setCopied(false);
        }}
      />
      <div className="reply-buttons">
        <button type="button" onClick={() => check(draft)} disabled={isChecking || draft.trim() === ''}>
          {isChecking ? 'Checking…' : 'Check reply'}
        </button>
        <button type="button" onClick={copy} disabled={!mayCopy}>
          {copied ? 'Copied' : 'Copy reply'}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {result && result.draft !== draft && (
        <p className="muted small">The draft changed: check it again to copy it.</p>
      )}
      {current && current.warnings.length === 0 && (
        <p className="form-notice">No problems found: this reply may be copied.</p>
      )}
      {current && current.warnings.length > 0 && (
        <>
          <p className="draft-marked" aria-label="Draft with problems marked">
            {markSegments(
              draft,
              current.warnings.map((w) => ({ start: w.start, end: w.end, mark: WARNING_LABELS[w.kind] })),
            ).map((s, i) =>
              s.mark ? (
                <mark key={i} title={s.mark}>
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </p>
          <ul className="reply-warnings" aria-label="Problems in the draft">
            {current.warnings.map((w, i) => (
              <li key={i}>
                <strong>{WARNING_LABELS[w.kind]}</strong>: “{w.text}”. {w.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {current && (
        <div className="reply-suggestion">
          <p className="small muted">Approved wording for this kind of post:</p>
          <blockquote data-testid="reply-suggestion">{current.suggestion.text}</blockquote>
          <button
            type="button"
            onClick={() => {
              setDraft(current.suggestion.text);
              void check(current.suggestion.text);
            }}
          >
            Use approved wording
          </button>
        </div>
      )}
    </section>
  );
}
