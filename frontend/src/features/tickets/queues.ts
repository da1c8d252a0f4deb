import type { TeamOut } from '@/api/generated';
import { OPEN_STATUSES } from '@/lib/lifecycle';
import type { TicketQuery } from './api';

export const QUEUES = ['mine', 'unassigned', 'team', 'open', 'waiting'] as const;
export type QueueId = (typeof QUEUES)[number];

export function isQueue(value: string | undefined): value is QueueId {
  return (QUEUES as readonly string[]).includes(value ?? '');
}

/** Queues whose list depends on a team picked from the agent's own teams. */
export function usesTeam(queue: QueueId): boolean {
  return queue === 'unassigned' || queue === 'team';
}

export function myTeams(teams: readonly TeamOut[] | undefined, userId: number | undefined): TeamOut[] {
  if (!teams || userId === undefined) return [];
  return teams.filter((team) => team.member_ids.includes(userId)).sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
}

/**
 * The API filters behind each queue. `teamId` null on the unassigned queue means every team and
 * the triage queue (tickets no team holds yet), which the API cannot select on their own.
 */
export function queueQuery(queue: QueueId, teamId: number | null): TicketQuery {
  const open = [...OPEN_STATUSES];
  switch (queue) {
    case 'mine':
      return { assignee: 'me', status: open };
    case 'unassigned':
      return teamId === null ? { assignee: 'none', status: open } : { assignee: 'none', status: open, team_id: teamId };
    case 'team':
      return teamId === null ? { status: open } : { team_id: teamId, status: open };
    case 'open':
      return { status: open };
    case 'waiting':
      return { status: ['pending'] };
  }
}

/** The person's own filters win over the queue's defaults; empty ones are dropped. */
export function withFilters(base: TicketQuery, filters: TicketQuery): TicketQuery {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    merged[key] = value;
  }
  return merged as TicketQuery;
}
