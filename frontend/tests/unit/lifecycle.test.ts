import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '@/api/generated';
import { allowedActions, isOpen, TRANSITIONS } from '@/lib/lifecycle';

describe('allowedActions', () => {
  it('offers an agent only the moves of the transition table', () => {
    expect(allowedActions('new', false).map((a) => a.action)).toEqual(['open', 'resolve']);
    expect(allowedActions('open', false).map((a) => a.action)).toEqual(['start', 'wait', 'resolve']);
    expect(allowedActions('in_progress', false).map((a) => a.action)).toEqual(['open', 'wait', 'resolve']);
    expect(allowedActions('pending', false).map((a) => a.action)).toEqual(['start', 'open', 'resolve']);
    expect(allowedActions('resolved', false).map((a) => a.action)).toEqual(['reopen', 'close']);
    expect(allowedActions('closed', false)).toEqual([]);
  });

  it('asks for a resolution note only when resolving', () => {
    for (const status of Object.keys(TRANSITIONS) as Status[]) {
      for (const action of allowedActions(status, false)) {
        expect(action.needsResolution).toBe(action.target === 'resolved');
      }
    }
  });

  it('lets a customer only confirm or reopen a resolved request', () => {
    expect(allowedActions('resolved', true)).toEqual([
      { action: 'reopen', target: 'open', needsResolution: false },
      { action: 'confirm', target: 'closed', needsResolution: false },
    ]);
    for (const status of ['new', 'open', 'in_progress', 'pending', 'closed'] as Status[]) {
      expect(allowedActions(status, true)).toEqual([]);
    }
  });

  it('knows which statuses are open', () => {
    expect(isOpen('pending')).toBe(true);
    expect(isOpen('resolved')).toBe(false);
  });

  it('matches the API transition table in api/ticket/lifecycle.py', () => {
    const source = readFileSync(resolve(__dirname, '../../../api/ticket/lifecycle.py'), 'utf8');
    const table = source.slice(source.indexOf('TRANSITIONS:'), source.indexOf('CUSTOMER_TRANSITIONS'));
    const api: Record<string, string[]> = {};
    for (const [, from, targets] of table.matchAll(/Status\.(\w+): frozenset\(\{?([^)}]*)\}?\)/g)) {
      api[from] = [...targets.matchAll(/Status\.(\w+)/g)].map((m) => m[1]).sort();
    }
    const ours = Object.fromEntries(Object.entries(TRANSITIONS).map(([k, v]) => [k, [...v].sort()]));
    expect(ours).toEqual(api);
  });
});
