import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

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
      }}
    >
      {source}
    </ReactMarkdown>
  );
}
