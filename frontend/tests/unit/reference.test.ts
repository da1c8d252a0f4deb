import { describe, expect, it } from 'vitest';
import { parseReference, referencePrefix } from '@/lib/reference';

describe('parseReference', () => {
  it.each([
    ['HD-1042', 1042],
    ['hd-1042', 1042],
    [' HD 1042 ', 1042],
    ['HD1042', 1042],
    ['#1042', 1042],
    ['1042', 1042],
    ['SUP_77', 77],
    ['HD-0042', 42],
  ])('%s -> %d', (input, number) => {
    expect(parseReference(input)).toBe(number);
  });

  it.each(['', 'HD-', 'printer', 'HD-10x', '1042 1043', 'HD--', '0', 'HD-99999999999999999', '-5'])('rejects %j', (input) => {
    expect(parseReference(input)).toBeNull();
  });

  it('finds the prefix of a reference', () => {
    expect(referencePrefix('HD-1042', 1042)).toBe('HD-');
    expect(referencePrefix('1042', 1042)).toBe('');
  });
});
