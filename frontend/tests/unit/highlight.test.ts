import { describe, expect, it } from 'vitest';
import { decodeEntities, highlightSegments } from '@/lib/highlight';

describe('search snippet highlighting', () => {
  it('splits marked and plain text', () => {
    expect(highlightSegments('Clear the <mark>print</mark> queue')).toEqual([
      { text: 'Clear the ', marked: false },
      { text: 'print', marked: true },
      { text: ' queue', marked: false },
    ]);
  });

  it('drops every other tag and keeps their text as text', () => {
    const segments = highlightSegments('<img src=x onerror=alert(1)><b>bold</b> <mark>x<script>evil()</script></mark>');
    expect(segments.map((s) => s.text).join('')).toBe('bold xevil()');
    expect(segments.some((s) => s.text.includes('<'))).toBe(false);
  });

  it('decodes entities so that React escapes them once', () => {
    expect(highlightSegments('a &lt;b&gt; &amp; <mark>&quot;c&#39;</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: '"c\'', marked: true },
    ]);
    expect(decodeEntities('&#x263A; &unknown; &#0;')).toBe('\u263a &unknown; &#0;');
  });

  it('copes with unbalanced and upper-case marks', () => {
    expect(highlightSegments('<MARK>Wi</MARK>-Fi <mark>drops')).toEqual([
      { text: 'Wi', marked: true },
      { text: '-Fi ', marked: false },
      { text: 'drops', marked: true },
    ]);
    expect(highlightSegments('')).toEqual([]);
  });
});
