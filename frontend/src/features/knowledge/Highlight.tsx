import { useMemo } from 'react';
import { highlightSegments } from '@/lib/highlight';

/** A search snippet with its `<mark>`s, rendered as text: no HTML from the API reaches the DOM. */
export function Highlight({ html }: { html: string }) {
  const segments = useMemo(() => highlightSegments(html), [html]);
  return (
    <>
      {segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
