import type { TFunction } from 'i18next';

/** "2 h 10 min", "45 min", "3 d 4 h": a span in words, never just a colour. */
export function span(seconds: number, t: TFunction): string {
  const total = Math.max(0, Math.round(Math.abs(seconds) / 60));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (days) parts.push(t('sla.units.days', { count: days }));
  if (hours) parts.push(t('sla.units.hours', { count: hours }));
  if (minutes && !days) parts.push(t('sla.units.minutes', { count: minutes }));
  return parts.length ? parts.join(' ') : t('sla.units.minutes', { count: 0 });
}

export type SlaTone = 'breached' | 'soon' | 'running' | 'paused' | 'none';

const SOON_SECONDS = 2 * 3600;

/** How a queue shows a ticket's SLA: the state and the time left (or over). */
export function toneOf(state: { due_at: string | null; breached: boolean; paused: boolean } | null | undefined, now: number): { tone: SlaTone; seconds: number | null } {
  if (!state) return { tone: 'none', seconds: null };
  const left = state.due_at === null ? null : (Date.parse(state.due_at) - now) / 1000;
  if (state.breached || (left !== null && left <= 0)) return { tone: 'breached', seconds: left };
  if (left === null) return { tone: state.paused ? 'paused' : 'none', seconds: null };
  return { tone: left <= SOON_SECONDS ? 'soon' : 'running', seconds: left };
}

export const TONE_COLOUR: Record<SlaTone, string> = {
  breached: 'red',
  soon: 'orange',
  running: 'teal',
  paused: 'gray',
  none: 'gray',
};
