import type { DetailFieldSchema, Level, TicketOut, TicketType, TicketUpdate } from '@/api/generated';
import { cleanDetails, type DetailInput, type DetailProblem } from './details';

/** The classification of a ticket as the triage form holds it. */
export interface TriageValues {
  type: TicketType;
  categoryId: number | null;
  details: Record<string, DetailInput>;
  impact: Level;
  urgency: Level;
  tags: string[];
  requesterId: number;
  departmentId: number | null;
  locationId: number | null;
}

export function triageValuesOf(ticket: TicketOut): TriageValues {
  return {
    type: ticket.type,
    categoryId: ticket.category_id,
    details: { ...(ticket.details as Record<string, DetailInput>) },
    impact: ticket.impact,
    urgency: ticket.urgency,
    tags: [...ticket.tags],
    requesterId: ticket.requester.id,
    departmentId: ticket.department_id,
    locationId: ticket.location_id,
  };
}

/** Tags as the API stores them: trimmed, lower case, each once, sorted. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))].sort();
}

function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)))
      : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

/**
 * The PATCH body for what the agent changed, and nothing else (so each change is one history
 * event and an untouched field is never rewritten), or the detail fields that need fixing first.
 */
export function triageChanges(
  ticket: TicketOut,
  values: TriageValues,
  fields: readonly DetailFieldSchema[],
): { body: TicketUpdate; problems: Record<string, DetailProblem> } {
  const body: TicketUpdate = {};
  const { details, problems } = cleanDetails(fields, values.details);
  if (Object.keys(problems).length) return { body, problems };
  if (values.type !== ticket.type) body.type = values.type;
  if (values.categoryId !== ticket.category_id || !sameJson(details, ticket.details)) {
    body.category_id = values.categoryId;
    body.details = details;
  }
  if (values.impact !== ticket.impact) body.impact = values.impact;
  if (values.urgency !== ticket.urgency) body.urgency = values.urgency;
  const tags = normaliseTags(values.tags);
  if (!sameJson(tags, normaliseTags(ticket.tags))) body.tags = tags;
  if (values.requesterId !== ticket.requester.id) body.requester_id = values.requesterId;
  if (values.departmentId !== ticket.department_id) body.department_id = values.departmentId;
  if (values.locationId !== ticket.location_id) body.location_id = values.locationId;
  return { body, problems };
}

/**
 * A draft moved from the version of the ticket it was opened on (`from`) to a newer one (`to`),
 * as when the agent reloads the ticket after a 412: what the agent changed stays, every field
 * they left alone takes the newer value, so saving does not put back what someone else changed
 * meanwhile. Tags merge: the agent's additions and removals applied to the newer tags.
 */
export function rebaseTriage(from: TicketOut, to: TicketOut, values: TriageValues): TriageValues {
  const before = triageValuesOf(from);
  const after = triageValuesOf(to);
  const pick = <K extends 'type' | 'impact' | 'urgency'>(key: K) => (values[key] === before[key] ? after[key] : values[key]);
  // A category and its details go together (the detail fields are the category's), and so do the
  // requester and where they sit (the department and location are their organization's).
  const classified = values.categoryId !== before.categoryId || !sameJson(values.details, before.details);
  const refiled = (['requesterId', 'departmentId', 'locationId'] as const).some((key) => values[key] !== before[key]);
  const requester = refiled ? values : after;
  const mine = normaliseTags(values.tags);
  const was = normaliseTags(before.tags);
  const added = mine.filter((tag) => !was.includes(tag));
  const removed = was.filter((tag) => !mine.includes(tag));
  return {
    type: pick('type'),
    categoryId: classified ? values.categoryId : after.categoryId,
    details: classified ? values.details : after.details,
    impact: pick('impact'),
    urgency: pick('urgency'),
    tags: sameJson(mine, was) ? after.tags : normaliseTags([...normaliseTags(after.tags).filter((tag) => !removed.includes(tag)), ...added]),
    requesterId: requester.requesterId,
    departmentId: requester.departmentId,
    locationId: requester.locationId,
  };
}
