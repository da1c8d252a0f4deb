import { describe, expect, it } from 'vitest';
import { parseResponseHeaders, uploadFraction } from '@/lib/uploadFetch';

describe('parseResponseHeaders', () => {
  it('reads the header block of an XMLHttpRequest', () => {
    const headers = parseResponseHeaders('content-type: application/problem+json\r\netag: "ticket-3-v2"\r\nx-empty:\r\n\r\n');
    expect(headers.get('Content-Type')).toBe('application/problem+json');
    expect(headers.get('ETag')).toBe('"ticket-3-v2"');
    expect(headers.get('x-empty')).toBe('');
  });

  it('keeps colons in values and skips lines without a name', () => {
    const headers = parseResponseHeaders('location: http://host:8000/x\n: nameless\nnot a header');
    expect(headers.get('location')).toBe('http://host:8000/x');
    expect([...headers.keys()]).toEqual(['location']);
  });
});

describe('uploadFraction', () => {
  it('is a share between 0 and 1', () => {
    expect(uploadFraction(50, 200)).toBe(0.25);
    expect(uploadFraction(300, 200)).toBe(1);
    expect(uploadFraction(-1, 200)).toBe(0);
    expect(uploadFraction(10, 0)).toBe(0);
    expect(uploadFraction(Number.NaN, 10)).toBe(0);
  });
});
