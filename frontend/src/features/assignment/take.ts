import type { TeamOut, TicketOut, UserOut } from '@/api/generated';

/**
 * Taking a ticket assigns it to yourself in its team when you belong to it, otherwise in your
 * first team (a triage ticket has no team yet). Null when you are in no team at all.
 */
export function teamForTake(ticket: Pick<TicketOut, 'team_id'>, me: Pick<UserOut, 'id'>, teams: readonly TeamOut[]): number | null {
  const mine = teams.filter((t) => t.member_ids.includes(me.id)).sort((a, b) => a.tier - b.tier);
  if (ticket.team_id !== null && mine.some((t) => t.id === ticket.team_id)) return ticket.team_id;
  return mine[0]?.id ?? null;
}
