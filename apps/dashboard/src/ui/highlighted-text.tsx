import { useMemo } from 'react';
import type { EvidenceSpan } from '@auscult/contracts';
import { highlightSegments } from './highlight';
import { topicLabel } from './labels';

interface Props {
  text: string;
  phrases: readonly EvidenceSpan[];
  /** Kept for callers; the API re-indexes phrases into the redacted text (and sends none to executives). */
  isRedacted: boolean;
  className?: string;
}

export function HighlightedText({ text, phrases, className }: Props) {
  const segments = useMemo(() => highlightSegments(text, phrases), [text, phrases]);
  return (
    <p className={className}>
      {segments.map((segment, index) =>
        segment.isHighlighted ? (
          <mark key={index} title={segment.labels.map(topicLabel).join(', ') || undefined}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
