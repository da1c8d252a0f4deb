import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '@/i18n/locales/en.json';
import { span, toneOf } from '@/features/sla/words';

beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('SLA words', () => {
  it('says a span in days, hours and minutes', () => {
    const t = i18n.t.bind(i18n);
    expect(span(2 * 3600 + 10 * 60, t)).toBe('2 h 10 min');
    expect(span(45 * 60, t)).toBe('45 min');
    expect(span(-(26 * 3600 + 5 * 60), t)).toBe('1 d 2 h');
    expect(span(20, t)).toBe('0 min');
  });

  it('gives a queue row its state from the due instant, not from colour alone', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const state = (due_at: string | null, breached = false, paused = false) => ({ due_at, breached, paused });
    expect(toneOf(null, now).tone).toBe('none');
    expect(toneOf(state('2026-12-01T11:00:00Z'), now)).toEqual({ tone: 'soon', seconds: 3600 });
    expect(toneOf(state('2026-12-02T11:00:00Z'), now).tone).toBe('running');
    expect(toneOf(state('2026-12-01T09:00:00Z'), now)).toEqual({ tone: 'breached', seconds: -3600 });
    expect(toneOf(state(null, true), now).tone).toBe('breached');
    expect(toneOf(state(null, false, true), now).tone).toBe('paused');
  });
});
