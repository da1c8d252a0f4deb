import { Text, TypographyStylesProvider } from '@mantine/core';
import { lazy, Suspense } from 'react';

// The markdown stack is fetched with the first text that needs it, not with the page.
const loadRenderer = () => import('./MarkdownRenderer');
const MarkdownRenderer = lazy(loadRenderer);

/** Start fetching the renderer early on screens that will show markdown. */
export function preloadMarkdown(): void {
  void loadRenderer();
}

/** Untrusted markdown, sanitised; shown as plain text for the moment the renderer loads. */
export function Markdown({ source }: { source: string }) {
  return (
    <TypographyStylesProvider className="markdown">
      <Suspense fallback={<Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{source}</Text>}>
        <MarkdownRenderer source={source} />
      </Suspense>
    </TypographyStylesProvider>
  );
}
