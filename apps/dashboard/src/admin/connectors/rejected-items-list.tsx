import { useState } from 'react';
import { useRejectedItems, useReplay, type ReplayResult } from './use-connectors';

function replaySummary(result: ReplayResult): string {
  if (result.outcome === 'still_rejected') return `Still rejected: ${result.reasons[0] ?? 'unknown reason'}`;
  const fresh = result.items.filter((item) => !item.duplicate).length;
  return `Accepted ${result.items.length} item(s), ${fresh} new.`;
}

export function RejectedItemsList() {
  const rejected = useRejectedItems();
  const replay = useReplay();
  const [results, setResults] = useState<Record<string, string>>({});

  if (rejected.isPending) return <p className="muted">Loading rejected payloads…</p>;
  if (rejected.isError) return <p className="form-error">Rejected payloads: {rejected.error.message}</p>;
  const onReplay = (id: string) =>
    replay.mutate(id, {
      onSuccess: (result) => setResults((r) => ({ ...r, [id]: replaySummary(result) })),
      onError: (error) => setResults((r) => ({ ...r, [id]: error.message })),
    });
  return (
    <section aria-labelledby="rejected-title" className="admin-section">
      <h2 id="rejected-title">Rejected payloads</h2>
      {rejected.data.items.length === 0 && <p className="muted">Nothing has been rejected.</p>}
      <ul className="admin-rejected">
        {rejected.data.items.map((item) => (
          <li key={item.id}>
            <p>
              <strong>{item.source}</strong> · {new Date(item.receivedAt).toLocaleString()} · {item.reason}
            </p>
            <details>
              <summary>
                Payload ({item.contentType}
                {item.isTruncated ? ', truncated' : ''})
              </summary>
              <pre>{item.payload}</pre>
            </details>
            <p>
              <button
                type="button"
                disabled={!item.canReplayInFull || (replay.isPending && replay.variables === item.id)}
                onClick={() => onReplay(item.id)}
              >
                Replay
              </button>{' '}
              <span role="status" className="muted">
                {results[item.id] ??
                  (item.replayedAt
                    ? `Replayed ${new Date(item.replayedAt).toLocaleString()}: ${item.replayOutcome}`
                    : '')}
                {!item.canReplayInFull && 'Only a truncated copy is left; it cannot be replayed.'}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
