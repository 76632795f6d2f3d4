// The audible half of an alert, with the Web Audio API (no sound file to load or to be blocked).
// Browsers start an AudioContext suspended until the page has had a click or key press; a ward's wall
// screen that reloads on its own has had neither, so the alert bar offers "click to enable sound" then.
import type { AlertType } from './alert-rules';

// Two-note patterns: a rising call for a new critical need, a falling one for an escalation.
const PATTERNS: Record<AlertType, { hz: number; at: number }[]> = {
  critical: [
    { hz: 660, at: 0 },
    { hz: 880, at: 0.18 },
    { hz: 660, at: 0.5 },
    { hz: 880, at: 0.68 },
  ],
  escalation: [
    { hz: 784, at: 0 },
    { hz: 523, at: 0.22 },
  ],
};
const NOTE_SECONDS = 0.15;

export type SoundState = 'unknown' | 'on' | 'blocked';

export class AlertSound {
  private context: AudioContext | null = null;

  private audio(): AudioContext | null {
    if (this.context) return this.context;
    if (typeof AudioContext === 'undefined') return null;
    this.context = new AudioContext();
    return this.context;
  }

  get state(): SoundState {
    const context = this.audio();
    if (!context) return 'blocked';
    return context.state === 'running' ? 'on' : 'blocked';
  }

  /** Call from a click handler: a user gesture is what lets the browser start the sound. */
  async enable(): Promise<SoundState> {
    await this.audio()?.resume();
    return this.state;
  }

  /** Plays the alert's tone; answers false when the browser still blocks sound. */
  play(type: AlertType): boolean {
    const context = this.audio();
    if (!context || context.state !== 'running') {
      // May succeed when the page already had a gesture; the next alert will find out.
      void context?.resume();
      return false;
    }
    const start = context.currentTime + 0.02;
    for (const note of PATTERNS[type]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.hz;
      // A short attack and release: a clean beep without clicks.
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(0.3, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + NOTE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + NOTE_SECONDS + 0.02);
    }
    return true;
  }
}
