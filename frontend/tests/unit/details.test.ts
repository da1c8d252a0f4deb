import { describe, expect, it } from 'vitest';
import type { DetailFieldSchema } from '@/api/generated';
import { cleanDetails } from '@/lib/details';

const fields: DetailFieldSchema[] = [
  { key: 'operating_system', label: 'OS', type: 'choice', required: true, choices: ['Windows 11', 'macOS'] },
  { key: 'memory_gb', label: 'Memory', type: 'integer', required: false },
  { key: 'ratio', label: 'Ratio', type: 'number', required: false },
  { key: 'wired', label: 'Wired', type: 'boolean', required: false },
  { key: 'line', label: 'Line', type: 'text', required: true, pattern: '\\+?[0-9 ]{6,20}', max_length: 20 },
];

describe('cleanDetails', () => {
  it('turns form values into typed details', () => {
    const { details, problems } = cleanDetails(fields, {
      operating_system: 'macOS', memory_gb: '16', ratio: 1.5, wired: true, line: '+39 045 123456',
    });
    expect(problems).toEqual({});
    expect(details).toEqual({ operating_system: 'macOS', memory_gb: 16, ratio: 1.5, wired: true, line: '+39 045 123456' });
  });

  it('names each problem', () => {
    const { problems } = cleanDetails(fields, { memory_gb: '1.5', ratio: 'abc', line: 'call me' });
    expect(problems).toEqual({ operating_system: 'required', memory_gb: 'integer', ratio: 'number', line: 'pattern' });
    expect(cleanDetails(fields, { operating_system: 'Solaris', line: '123456' }).problems).toEqual({ operating_system: 'choice' });
  });

  it('drops empty optional fields', () => {
    const { details } = cleanDetails(fields, { operating_system: 'macOS', memory_gb: '', line: '123456', wired: undefined });
    expect(details).toEqual({ operating_system: 'macOS', line: '123456' });
  });
});
