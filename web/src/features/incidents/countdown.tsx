import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitSeconds } from '../../lib/danish-time';

/** One shared clock for every countdown on the page, ticking once a second. */
const listeners = new Set<(now: number) => void>();
let timer: number | undefined;

function subscribe(listener: (now: number) => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    timer = window.setInterval(() => {
      const now = Date.now();
      for (const notify of listeners) notify(now);
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => subscribe(setNow), []);
  return now;
}

/** "2 døgn 23 t 59 min 12 s", or only down to minutes for text that is read out. */
export function useRemainingText() {
  const { t } = useTranslation();
  return (seconds: number, withSeconds: boolean) => {
    const parts = splitSeconds(seconds);
    const out: string[] = [];
    if (parts.days) out.push(t('incident.clock.days', { count: parts.days }));
    if (parts.days || parts.hours) out.push(t('incident.clock.hours', { count: parts.hours }));
    out.push(t('incident.clock.minutes', { count: parts.minutes }));
    if (withSeconds) out.push(t('incident.clock.seconds', { count: parts.seconds }));
    return out.join(' ');
  };
}

interface CountdownProps {
  dueAt: string;
  /** Compact: one line for tables. */
  compact?: boolean;
}

/**
 * A live countdown to a legal deadline. The ticking text is a `timer` (never announced by
 * screen readers while it changes); beside it, hidden from sight, the same time to the minute,
 * so a screen-reader user who reads the line hears "2 days 23 hours 59 minutes left".
 */
export function Countdown({ dueAt, compact }: CountdownProps) {
  const { t } = useTranslation();
  const now = useNow();
  const remainingText = useRemainingText();
  const seconds = Math.trunc((Date.parse(dueAt) - now) / 1000);
  const passed = seconds < 0;
  const visible = remainingText(seconds, true);
  const spoken = remainingText(seconds, false);
  const key = passed ? 'incident.clock.overdueBy' : 'incident.clock.left';
  return (
    <span
      className={passed ? 'countdown countdown-late' : 'countdown'}
      data-compact={compact ? '' : undefined}
    >
      <span role="timer" aria-hidden="true" className="countdown-value">
        {t(key, { time: visible })}
      </span>
      <span className="visually-hidden-text">{t(key, { time: spoken })}</span>
    </span>
  );
}
