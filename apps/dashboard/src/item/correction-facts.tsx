import type { ClassificationView } from '@auscult/contracts';
import { KIND_LABELS, URGENCY_LABELS, formatDateTime, topicLabel } from '../ui/labels';

/**
 * Beside a person's correction, the machine's decision as it was: it is kept, never overwritten,
 * because the next training run learns from the difference.
 */
export function CorrectionFacts({ classification }: { classification: ClassificationView }) {
  const { correction } = classification;
  if (!correction) return null;
  const machine = [
    KIND_LABELS[classification.kind],
    URGENCY_LABELS[classification.urgency],
    classification.topics.map(topicLabel).join(', ') || 'no topics',
  ].join(' · ');
  return (
    <>
      <dt>Machine decided</dt>
      <dd data-testid="machine-decision">{machine}</dd>
      <dt>Corrected by</dt>
      <dd data-testid="correction-by">
        {correction.by}, {formatDateTime(correction.at)}
      </dd>
    </>
  );
}
