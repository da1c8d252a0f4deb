/** One line of a unified diff, with its line numbers in the old and the new text. */
export interface DiffLine {
  kind: 'context' | 'added' | 'removed' | 'hunk';
  text: string;
  oldNumber: number | null;
  newNumber: number | null;
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * Read the unified diff the API gives for two revisions (Python's difflib) into numbered lines.
 * File headers (---/+++) are dropped; each hunk starts with a `hunk` line.
 */
export function parseUnifiedDiff(diff: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let oldLine = 0;
  let newLine = 0;
  let inHunk = false;
  for (const raw of diff.split('\n')) {
    const hunk = HUNK.exec(raw);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      inHunk = true;
      lines.push({ kind: 'hunk', text: raw, oldNumber: null, newNumber: null });
      continue;
    }
    if (!inHunk) continue; // the ---/+++ header
    if (raw.startsWith('+')) {
      lines.push({ kind: 'added', text: raw.slice(1), oldNumber: null, newNumber: newLine++ });
    } else if (raw.startsWith('-')) {
      lines.push({ kind: 'removed', text: raw.slice(1), oldNumber: oldLine++, newNumber: null });
    } else if (raw.startsWith(' ')) {
      lines.push({ kind: 'context', text: raw.slice(1), oldNumber: oldLine++, newNumber: newLine++ });
    }
    // Anything else ("\ No newline", the final empty string) carries no line of the text.
  }
  return lines;
}

/** How many lines were added and removed. */
export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((l) => l.kind === 'added').length,
    removed: lines.filter((l) => l.kind === 'removed').length,
  };
}
