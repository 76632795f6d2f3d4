import type { ItemView } from '@auscult/contracts';
import { useNow } from '../ui/use-now';
import { slaCountdown, type CountdownState } from './sla-countdown';

const STATE_WORDS: Record<CountdownState, string> = {
  none: 'no deadline',
  stopped: 'claimed',
  waiting: 'time left to claim',
  warning: 'time almost up',
  breached: 'overdue',
};

/** The item's SLA countdown, ticking every second; its state is in the class (style) and the words (screen readers). */
export function SlaTimer({ item }: { item: ItemView }) {
  const now = useNow();
  const countdown = slaCountdown(item.triage, item.receivedAt, now);
  if (countdown.state === 'none' || countdown.state === 'stopped') return null;
  return (
    <span
      className={`sla sla-${countdown.state}`}
      role="timer"
      data-testid="sla-timer"
      data-sla-state={countdown.state}
      title={STATE_WORDS[countdown.state]}
    >
      <span className="visually-hidden">{STATE_WORDS[countdown.state]}: </span>
      {countdown.label}
    </span>
  );
}
