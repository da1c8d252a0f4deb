import type { DetailFieldSchema } from '@/api/generated';

/** Form values as the inputs hold them: text for text, numbers, choices; booleans as booleans. */
export type DetailInput = string | number | boolean | null | undefined;

export type DetailProblem = 'required' | 'integer' | 'number' | 'pattern' | 'too_long' | 'choice';

/** Turn the form's values into the typed `details` object the API validates again. */
export function cleanDetails(
  fields: readonly DetailFieldSchema[],
  values: Record<string, DetailInput>,
): { details: Record<string, string | number | boolean>; problems: Record<string, DetailProblem> } {
  const details: Record<string, string | number | boolean> = {};
  const problems: Record<string, DetailProblem> = {};
  for (const field of fields) {
    const raw = values[field.key];
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim());
    if (field.type === 'boolean') {
      if (typeof raw === 'boolean') details[field.key] = raw;
      else if (field.required) problems[field.key] = 'required';
      continue;
    }
    if (empty) {
      if (field.required) problems[field.key] = 'required';
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : String(raw);
    if (field.type === 'integer') {
      const n = Number(text);
      if (!Number.isInteger(n)) problems[field.key] = 'integer';
      else details[field.key] = n;
    } else if (field.type === 'number') {
      const n = Number(text);
      if (!Number.isFinite(n)) problems[field.key] = 'number';
      else details[field.key] = n;
    } else if (field.type === 'choice') {
      if (field.choices && !field.choices.includes(text)) problems[field.key] = 'choice';
      else details[field.key] = text;
    } else {
      if (text.length > (field.max_length ?? 500)) problems[field.key] = 'too_long';
      else if (field.pattern && !safeTest(field.pattern, text)) problems[field.key] = 'pattern';
      else details[field.key] = text;
    }
  }
  return { details, problems };
}

function safeTest(pattern: string, text: string): boolean {
  try {
    // The API uses Python's re.fullmatch; anchoring here gives the same answer for plain patterns.
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    return true; // a pattern JavaScript cannot read is left for the API to judge
  }
}

/** A stored detail value as text for display. */
export function detailText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
