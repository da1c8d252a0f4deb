import { describe, expect, it } from 'vitest';
import type { PriorityMatrix } from '@/api/generated';
import { LEVELS, priorityFor } from '@/lib/priority';

const matrix: PriorityMatrix = {
  cells: [
    { impact: 'high', urgency: 'high', priority: 'critical' },
    { impact: 'high', urgency: 'medium', priority: 'high' },
    { impact: 'medium', urgency: 'medium', priority: 'medium' },
    { impact: 'low', urgency: 'low', priority: 'low' },
  ],
};

describe('priorityFor', () => {
  it('reads impact x urgency from the matrix the API uses', () => {
    expect(priorityFor(matrix, 'high', 'high')).toBe('critical');
    expect(priorityFor(matrix, 'high', 'medium')).toBe('high');
    expect(priorityFor(matrix, 'low', 'low')).toBe('low');
  });

  it('is null while the matrix loads or for a missing cell', () => {
    expect(priorityFor(undefined, 'high', 'high')).toBeNull();
    expect(priorityFor(matrix, 'low', 'high')).toBeNull();
  });

  it('has the three levels, most severe first', () => {
    expect(LEVELS).toEqual(['high', 'medium', 'low']);
  });
});
