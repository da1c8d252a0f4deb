import { describe, expect, it } from 'vitest';
import type { DetailFieldSchema, TicketOut } from '@/api/generated';
import { normaliseTags, rebaseTriage, triageChanges, triageValuesOf } from '@/lib/triage';

const ticket = {
  view: 'staff',
  number: 7,
  reference: 'HD-7',
  type: 'incident',
  category_id: 1,
  details: { operating_system: 'macOS', memory_gb: 8 },
  impact: 'low',
  urgency: 'low',
  tags: ['vpn'],
  requester: { id: 10, name: 'Giulia', email: 'g@example.com' },
  department_id: 3,
  location_id: 4,
} as unknown as TicketOut;

const computer: DetailFieldSchema[] = [
  { key: 'operating_system', label: 'OS', type: 'choice', required: true, choices: ['macOS', 'Linux'] },
  { key: 'memory_gb', label: 'Memory', type: 'integer', required: false },
];
const phone: DetailFieldSchema[] = [{ key: 'line', label: 'Line', type: 'text', required: true }];

describe('triageChanges', () => {
  it('sends nothing when nothing changed, whatever the order of details or tags', () => {
    const values = { ...triageValuesOf(ticket), details: { memory_gb: '8', operating_system: 'macOS' }, tags: [' VPN '] };
    expect(triageChanges(ticket, values, computer)).toEqual({ body: {}, problems: {} });
  });

  it('sends only what changed', () => {
    const values = { ...triageValuesOf(ticket), impact: 'high' as const, tags: ['vpn', 'Misfiled'], departmentId: null };
    expect(triageChanges(ticket, values, computer).body).toEqual({ impact: 'high', tags: ['misfiled', 'vpn'], department_id: null });
  });

  it('sends the category with its details, typed', () => {
    const values = { ...triageValuesOf(ticket), categoryId: 2, details: { line: ' 0612 345678 ' } };
    expect(triageChanges(ticket, values, phone).body).toEqual({ category_id: 2, details: { line: '0612 345678' } });
    const moreMemory = { ...triageValuesOf(ticket), details: { operating_system: 'macOS', memory_gb: 16 } };
    expect(triageChanges(ticket, moreMemory, computer).body).toEqual({ category_id: 1, details: { operating_system: 'macOS', memory_gb: 16 } });
  });

  it('names the detail fields to fix before sending anything', () => {
    const values = { ...triageValuesOf(ticket), categoryId: 2, details: {}, impact: 'high' as const };
    expect(triageChanges(ticket, values, phone)).toEqual({ body: {}, problems: { line: 'required' } });
  });

  it('moves the ticket to another requester', () => {
    const values = { ...triageValuesOf(ticket), requesterId: 11, departmentId: null, locationId: null };
    expect(triageChanges(ticket, values, computer).body).toEqual({ requester_id: 11, department_id: null, location_id: null });
  });
});

describe('rebaseTriage', () => {
  // Someone else changed the ticket while the agent's draft was open; the agent reloaded it.
  const theirs = {
    ...ticket,
    impact: 'medium',
    tags: ['vpn', 'floor-2'],
    requester: { id: 12, name: 'Mario', email: 'm@example.com' },
    department_id: 5,
    location_id: null,
  } as unknown as TicketOut;

  it('keeps what the agent changed and takes the rest from the newer version', () => {
    const draft = { ...triageValuesOf(ticket), urgency: 'high' as const, categoryId: 2, details: { line: '0612' } };
    expect(rebaseTriage(ticket, theirs, draft)).toEqual({
      ...triageValuesOf(theirs),
      urgency: 'high',
      categoryId: 2,
      details: { line: '0612' },
    });
  });

  it('changes nothing the agent did not touch, so saving puts nothing back', () => {
    const rebased = rebaseTriage(ticket, theirs, triageValuesOf(ticket));
    expect(rebased).toEqual(triageValuesOf(theirs));
    expect(triageChanges(theirs, rebased, computer).body).toEqual({});
  });

  it("applies the agent's tag additions and removals to the newer tags", () => {
    const draft = { ...triageValuesOf(ticket), tags: ['misfiled'] };
    expect(rebaseTriage(ticket, theirs, draft).tags).toEqual(['floor-2', 'misfiled']);
  });

  it('keeps a requester the agent picked together with where they sit', () => {
    const draft = { ...triageValuesOf(ticket), requesterId: 11, departmentId: 6, locationId: 7 };
    const rebased = rebaseTriage(ticket, theirs, draft);
    expect([rebased.requesterId, rebased.departmentId, rebased.locationId]).toEqual([11, 6, 7]);
    expect(rebased.impact).toBe('medium');
  });
});

describe('normaliseTags', () => {
  it('stores tags as the API does', () => {
    expect(normaliseTags(['B', ' a ', 'b', ''])).toEqual(['a', 'b']);
  });
});
