import type { Level, Priority, PriorityMatrix } from '@/api/generated';

export const LEVELS: readonly Level[] = ['high', 'medium', 'low'];
export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium', 'low'];

/** The priority the API will compute for impact x urgency, or null while the matrix loads. */
export function priorityFor(
  matrix: PriorityMatrix | undefined,
  impact: Level,
  urgency: Level,
): Priority | null {
  const cell = matrix?.cells.find((c) => c.impact === impact && c.urgency === urgency);
  return cell?.priority ?? null;
}

export const PRIORITY_COLORS: Record<Priority, string> = {
  critical: 'red',
  high: 'amber',
  medium: 'yellow',
  low: 'gray',
};
