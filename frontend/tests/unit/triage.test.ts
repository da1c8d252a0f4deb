import { describe, expect, it } from 'vitest';
import type { DetailFieldSchema, TicketOut } from '@/api/generated';
import { normaliseTags, triageChanges, triageValuesOf } from '@/lib/triage';

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

describe('normaliseTags', () => {
  it('stores tags as the API does', () => {
    expect(normaliseTags(['B', ' a ', 'b', ''])).toEqual(['a', 'b']);
  });
});
