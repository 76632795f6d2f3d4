import { useMemo } from 'react';
import type { EvidenceSpan } from '@auscult/contracts';
import { highlightSegments } from './highlight';
import { topicLabel } from './labels';

interface Props {
  text: string;
  phrases: readonly EvidenceSpan[];
  /** Redacted text no longer lines up with the spans, which index the original. */
  isRedacted: boolean;
  className?: string;
}

export function HighlightedText({ text, phrases, isRedacted, className }: Props) {
  const segments = useMemo(
    () => highlightSegments(text, isRedacted ? [] : phrases),
    [text, phrases, isRedacted],
  );
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
