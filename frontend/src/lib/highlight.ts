/**
 * Search snippets come from the API as HTML with the matched words in `<mark>`. The API sanitises
 * them, but the SPA trusts no HTML it did not make: this splits a snippet into plain text and
 * marked text, dropping every other tag and decoding entities, so React renders it as text.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function highlightSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark\s*>)/i)) {
    if (/^<mark\s*>$/i.test(part)) marked = true;
    else if (/^<\/mark\s*>$/i.test(part)) marked = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>?/g, ''));
      if (!text) continue;
      const last = segments[segments.length - 1];
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}
