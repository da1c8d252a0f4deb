import { describe, expect, it } from 'vitest';
import { answer, backTo, decodeAnswers, encodeAnswers } from '@/lib/guide';

describe('guide walk answers', () => {
  it('round-trips through the address', () => {
    expect(encodeAnswers(['yes', 'no', 'yes'])).toBe('yny');
    expect(decodeAnswers('yny')).toEqual(['yes', 'no', 'yes']);
    expect(decodeAnswers(encodeAnswers([]))).toEqual([]);
  });

  it('ignores anything that is not a walk', () => {
    expect(decodeAnswers(null)).toEqual([]);
    expect(decodeAnswers('yx')).toEqual([]);
    expect(decodeAnswers('y'.repeat(51))).toEqual([]);
  });

  it('answers and goes back without mutating', () => {
    const walk = ['yes', 'no'] as const;
    expect(answer(walk, 'yes')).toEqual(['yes', 'no', 'yes']);
    expect(walk).toEqual(['yes', 'no']);
    expect(backTo(['yes', 'no', 'yes'], 1)).toEqual(['yes']);
    expect(backTo(['yes'], 0)).toEqual([]);
    expect(backTo(['yes'], 5)).toEqual(['yes']);
    expect(answer(Array(50).fill('no'), 'yes')).toHaveLength(50);
  });
});
