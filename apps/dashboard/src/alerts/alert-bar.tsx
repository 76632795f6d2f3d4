import { useCallback, useRef, useState } from 'react';
import type { ItemEvent, LiveEventName } from '@auscult/contracts';
import { useSignedIn } from '../auth/session-context';
import { useLiveEvent } from '../live/live-context';
import { itemHref } from '../ui/hash-route';
import { nextAlerts, type Alert } from './alert-rules';
import { AlertSound, type SoundState } from './alert-sound';
import './alerts.css';

const PROMPTED_KEY = 'auscult.sound-prompted';
const BOARD_ROLES = ['nurse', 'charge_nurse'];

function headline(alert: Alert): string {
  const unit = alert.item.triage.unit ?? 'unrouted';
  return alert.type === 'critical'
    ? `Critical care need · ${unit}`
    : `Escalated to level ${alert.item.triage.escalationLevel} · ${unit} · nobody has claimed it`;
}

function snippet(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Alerts under the top bar, on every view: a new critical care need for the boards of its unit, an
 * escalation for the level it reached. Each rings once; it goes away when someone claims the item.
 */
export function AlertBar() {
  const { user } = useSignedIn();
  const [sound] = useState(() => new AlertSound());
  const seen = useRef(new Set<string>());
  const [alerts, setAlertsState] = useState<Alert[]>([]);
  // The latest alerts outside React's updater, which must stay free of side effects like the tone.
  const latest = useRef<Alert[]>([]);
  const setAlerts = useCallback((next: Alert[]) => {
    latest.current = next;
    setAlertsState(next);
  }, []);
  const [soundByKey, setSoundByKey] = useState<Record<string, SoundState>>({});
  // Board screens ask up front; other roles when their first alert could not ring.
  const [isPrompting, setPrompting] = useState(
    () => BOARD_ROLES.includes(user.role) && !sessionStorage.getItem(PROMPTED_KEY) && sound.state !== 'on',
  );

  const onEvent = useCallback(
    (name: LiveEventName) =>
      ({ item }: ItemEvent) => {
        const { alerts: next, raised } = nextAlerts(latest.current, seen.current, name, item, user);
        setAlerts(next);
        if (!raised) return;
        seen.current.add(raised.key);
        const played = sound.play(raised.type);
        setSoundByKey((byKey) => ({ ...byKey, [raised.key]: played ? 'on' : 'blocked' }));
        if (!played && !sessionStorage.getItem(PROMPTED_KEY)) setPrompting(true);
      },
    [user, setAlerts, sound],
  );
  useLiveEvent('item.created', onEvent('item.created'));
  useLiveEvent('item.updated', onEvent('item.updated'));
  useLiveEvent('item.escalated', onEvent('item.escalated'));

  function closePrompt() {
    sessionStorage.setItem(PROMPTED_KEY, '1');
    setPrompting(false);
  }

  async function enableSound() {
    await sound.enable();
    closePrompt();
  }

  if (alerts.length === 0 && !isPrompting) return null;
  return (
    <div className="alerts" role="region" aria-label="Alerts">
      {isPrompting && (
        <div className="sound-prompt">
          <span>Alerts on this screen can sound a tone.</span>
          <button type="button" onClick={() => void enableSound()}>
            Click to enable sound
          </button>
          <button type="button" className="link-button" onClick={closePrompt}>
            Not now
          </button>
        </div>
      )}
      {alerts.map((alert) => (
        <div
          key={alert.key}
          role="alert"
          className={`alert alert-${alert.type}`}
          data-item-id={alert.item.id}
          data-sound={soundByKey[alert.key] ?? 'unknown'}
        >
          <strong>{headline(alert)}</strong>
          <span className="alert-text">{snippet(alert.item.text)}</span>
          <a href={itemHref(alert.item.id)}>Open</a>
          <button
            type="button"
            className="link-button"
            aria-label="Dismiss alert"
            onClick={() => setAlerts(latest.current.filter((a) => a.key !== alert.key))}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
