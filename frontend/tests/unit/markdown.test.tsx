import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import MarkdownRenderer from '@/components/MarkdownRenderer';

describe('MarkdownRenderer', () => {
  it('renders markdown', () => {
    const { container } = render(<MarkdownRenderer source={'**bold** and [a link](https://example.com)'} />);
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('never lets scripts, handlers or javascript: links through', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n\n');
    const { container } = render(<MarkdownRenderer source={hostile} />);
    expect(container.querySelector('script, iframe, img[onerror]')).toBeNull();
    for (const a of container.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    }
    expect(container.innerHTML).not.toContain('onerror');
  });

  it('shows an image the browser refused (not an allowed host) as a link to it', () => {
    const { container } = render(
      <MarkdownRenderer source={'![tracker](https://tracker.example.net/p.gif) ![ok](/logo.png)'} />,
    );
    const [remote, local] = Array.from(container.querySelectorAll('img'));
    fireEvent.error(remote);
    const link = container.querySelector('a[href="https://tracker.example.net/p.gif"]');
    expect(link?.textContent).toBe('tracker');
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('img')).toBe(local);
  });
});
