/** Ticket references as people type them: "HD-1042", "hd 1042", "#1042" or "1042" -> 1042. */
const REFERENCE = /^\s*(?:[a-z]{1,10}\s*[-_#:]?\s*|#\s*)?0*(\d{1,15})\s*$/i;

export function parseReference(input: string): number | null {
  const match = REFERENCE.exec(input);
  if (!match) return null;
  const number = Number(match[1]);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

/** The reference the API shows ("HD-1042"), or the prefix of one to build others alike. */
export function referencePrefix(reference: string, number: number): string {
  const suffix = String(number);
  return reference.endsWith(suffix) ? reference.slice(0, -suffix.length) : '';
}
