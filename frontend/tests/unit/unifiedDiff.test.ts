import { describe, expect, it } from 'vitest';
import { diffStats, parseUnifiedDiff } from '@/lib/unifiedDiff';

const DIFF = [
  '--- revision 1',
  '+++ revision 2',
  '@@ -1,3 +1,3 @@',
  ' # Reset the VPN',
  '-Line two',
  '+Line 2',
  ' Line three',
  '@@ -10,2 +10,3 @@',
  ' Ten',
  '+Added after ten',
  ' Eleven',
  '',
].join('\n');

describe('parseUnifiedDiff', () => {
  it('numbers each line in the old and the new text', () => {
    const lines = parseUnifiedDiff(DIFF);
    expect(lines.map((l) => [l.kind, l.text, l.oldNumber, l.newNumber])).toEqual([
      ['hunk', '@@ -1,3 +1,3 @@', null, null],
      ['context', '# Reset the VPN', 1, 1],
      ['removed', 'Line two', 2, null],
      ['added', 'Line 2', null, 2],
      ['context', 'Line three', 3, 3],
      ['hunk', '@@ -10,2 +10,3 @@', null, null],
      ['context', 'Ten', 10, 10],
      ['added', 'Added after ten', null, 11],
      ['context', 'Eleven', 11, 12],
    ]);
  });

  it('keeps a removed line that looks like a header inside a hunk', () => {
    const lines = parseUnifiedDiff('--- a\n+++ b\n@@ -1 +1 @@\n--- a rule\n+++ bold\n');
    expect(lines.slice(1).map((l) => [l.kind, l.text])).toEqual([
      ['removed', '-- a rule'],
      ['added', '++ bold'],
    ]);
  });

  it('reads hunks without counts and an empty diff', () => {
    expect(parseUnifiedDiff('')).toEqual([]);
    const lines = parseUnifiedDiff('--- a\n+++ b\n@@ -0,0 +1 @@\n+Only line\n');
    expect(lines[1]).toEqual({ kind: 'added', text: 'Only line', oldNumber: null, newNumber: 1 });
  });

  it('counts additions and removals', () => {
    expect(diffStats(parseUnifiedDiff(DIFF))).toEqual({ added: 2, removed: 1 });
  });
});
