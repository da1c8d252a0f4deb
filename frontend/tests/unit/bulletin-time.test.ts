import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '@/features/bulletins/time';

describe('bulletin window inputs', () => {
  it('show an instant as local wall time and read it back as the same instant', () => {
    const instant = '2026-03-29T00:30:00.000Z';
    const local = toLocalInput(instant);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe(instant);
  });

  it('drop the seconds, which the input does not show', () => {
    expect(fromLocalInput(toLocalInput('2026-12-01T10:15:42.000Z'))).toBe('2026-12-01T10:15:00.000Z');
  });
});
