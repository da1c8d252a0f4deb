import { describe, expect, it } from 'vitest';
import type { TeamOut } from '@/api/generated';
import { teamForTake } from '@/features/assignment/take';
import type { TicketQuery } from '@/features/tickets/api';
import { activeFilterCount, filtersFromParams, paramsFromFilters } from '@/features/tickets/filters';
import { myTeams, queueQuery, withFilters } from '@/features/tickets/queues';

const team = (id: number, tier: number, members: number[]): TeamOut => ({
  id, name: `T${id}`, description: null, tier, supervisor_id: null, member_ids: members, assignment_strategy: 'manual', created_at: '2026-01-01T00:00:00Z',
});

describe('queues', () => {
  it('maps each queue to the API filters', () => {
    expect(queueQuery('mine', null)).toEqual({ assignee: 'me', status: ['new', 'open', 'in_progress', 'pending'] });
    expect(queueQuery('unassigned', null)).toEqual({ assignee: 'none', status: ['new', 'open', 'in_progress', 'pending'] });
    expect(queueQuery('unassigned', 3)).toMatchObject({ assignee: 'none', team_id: 3 });
    expect(queueQuery('team', 2)).toMatchObject({ team_id: 2 });
    expect(queueQuery('waiting', null)).toEqual({ status: ['pending'] });
  });

  it("lets the person's filters win and drops empty ones", () => {
    const merged = withFilters(queueQuery('open', null), { status: ['pending'], q: '', priority: [] });
    expect(merged).toEqual({ status: ['pending'] });
  });

  it('lists my teams, first line first', () => {
    expect(myTeams([team(1, 2, [7]), team(2, 1, [7]), team(3, 1, [8])], 7).map((t) => t.id)).toEqual([2, 1]);
  });

  it('takes a ticket in its team if mine, else in my first team', () => {
    const teams = [team(1, 1, [7]), team(2, 2, [8])];
    expect(teamForTake({ team_id: 1 }, { id: 7 }, teams)).toBe(1);
    expect(teamForTake({ team_id: 2 }, { id: 7 }, teams)).toBe(1);
    expect(teamForTake({ team_id: null }, { id: 7 }, teams)).toBe(1);
    expect(teamForTake({ team_id: null }, { id: 9 }, teams)).toBeNull();
  });

  it('round-trips filters through the URL', () => {
    const filters: TicketQuery = { status: ['open', 'pending'], priority: ['high'], team_id: 3, q: 'vpn', sort: '-created', created_after: '2026-01-01T00:00:00.000Z' };
    const params = paramsFromFilters(filters);
    expect(params.getAll('status')).toEqual(['open', 'pending']);
    expect(filtersFromParams(params)).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(4);
    expect(filtersFromParams(new URLSearchParams('team_id=abc&tag=x'))).toEqual({ tag: 'x' });
  });

  it('keeps the closure codes in the URL', () => {
    const filters: TicketQuery = { status: ['closed'], closure: ['withdrawn', 'rejected'] };
    const params = paramsFromFilters(filters);
    expect(params.getAll('closure')).toEqual(['withdrawn', 'rejected']);
    expect(filtersFromParams(params)).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(2);
  });
});
