import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlight } from '@/features/knowledge/Highlight';

describe('Highlight', () => {
  it('renders <mark> from a snippet and nothing else as HTML', () => {
    const { container } = render(
      <p>
        <Highlight html={'Clear the <mark>print</mark> queue <img src=x onerror=alert(1)> &lt;b&gt;'} />
      </p>,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('print');
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('Clear the print queue  <b>');
  });
});
