import type { Channel, ClosureCode, Priority, Status, TicketSort, TicketType } from '@/api/generated';
import type { TicketQuery } from './api';

/** The queue's own filters live in the URL, so a reload or a shared link shows the same list. */
const LISTS = ['status', 'priority', 'closure'] as const;
const NUMBERS = ['category_id', 'team_id', 'requester_id', 'organization_id'] as const;
const TEXTS = [
  'type',
  'assignee',
  'channel',
  'tag',
  'q',
  'sort',
  'created_after',
  'created_before',
  'updated_after',
  'updated_before',
  'resolved_after',
  'resolved_before',
] as const;

export function filtersFromParams(params: URLSearchParams): TicketQuery {
  const query: Record<string, unknown> = {};
  for (const key of LISTS) {
    const values = params.getAll(key);
    if (values.length) query[key] = values;
  }
  for (const key of NUMBERS) {
    const value = Number(params.get(key));
    if (params.get(key) && Number.isSafeInteger(value)) query[key] = value;
  }
  for (const key of TEXTS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return query as TicketQuery;
}

export function paramsFromFilters(filters: TicketQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  return params;
}

/** How many filters beyond search and sort are set (for the "Filters (3)" button). */
export function activeFilterCount(filters: TicketQuery): number {
  return Object.entries(filters).filter(
    ([key, value]) => key !== 'q' && key !== 'sort' && value !== undefined && !(Array.isArray(value) && !value.length),
  ).length;
}

export const CLOSURE_CODES: ClosureCode[] = ['resolved', 'duplicate', 'withdrawn', 'rejected'];
export const STATUSES: Status[] = ['new', 'open', 'in_progress', 'pending', 'resolved', 'closed'];
export const TYPES: TicketType[] = ['incident', 'service_request', 'question', 'problem'];
export const CHANNELS: Channel[] = ['web', 'email', 'phone', 'walk_in', 'api'];
export const SORTS: TicketSort[] = ['priority', 'sla_due_at', 'created', '-created', 'updated', '-updated'];
export type { Priority };
