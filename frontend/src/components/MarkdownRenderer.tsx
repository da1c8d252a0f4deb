import { useState, type ComponentProps } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/**
 * An image the browser may not load (the Content-Security-Policy allows only this site and the
 * image hosts an admin configured) is shown as a link to it, as the API's body_html does.
 */
function MarkdownImage({ node: _node, src, alt, ...props }: ComponentProps<'img'> & { node?: unknown }) {
  const [blocked, setBlocked] = useState(false);
  if (blocked && typeof src === 'string') {
    return (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        {alt || src}
      </a>
    );
  }
  return <img {...props} src={src} alt={alt} onError={() => setBlocked(true)} />;
}

/**
 * Markdown from people (and later e-mail) is untrusted: raw HTML is not parsed, and the result
 * goes through rehype-sanitize's GitHub-like allow-list (no scripts, styles or javascript: links).
 */
export default function MarkdownRenderer({ source }: { source: string }) {
  return (
    <ReactMarkdown
      rehypePlugins={[rehypeSanitize]}
      components={{
        a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
        img: MarkdownImage,
      }}
    >
      {source}
    </ReactMarkdown>
  );
}
