/**
 * The knowledge base's place in the workspace and the portal: bulletins over the queues, article
 * suggestions beside a ticket and while a customer types a new request's subject. The browse,
 * read and write screens are in src/routes/knowledge/ (lazy-loaded).
 */
import { lazy, Suspense } from 'react';

// Loaded after the screen around them: they are never needed for its first paint.
const Bulletins = lazy(() => import('./Bulletins'));
const TicketSuggestions = lazy(() => import('./TicketSuggestions'));
const PortalSuggestions = lazy(() => import('./PortalSuggestions'));

export function KnowledgeBulletins() {
  return (
    <Suspense fallback={null}>
      <Bulletins />
    </Suspense>
  );
}

export function ArticleSuggestions(props: { subject?: string; ticketNumber?: number; audience: 'public' | 'staff' }) {
  if (props.audience === 'staff' && props.ticketNumber)
    return (
      <Suspense fallback={null}>
        <TicketSuggestions number={props.ticketNumber} />
      </Suspense>
    );
  if (props.audience === 'public')
    return (
      <Suspense fallback={null}>
        <PortalSuggestions subject={props.subject ?? ''} />
      </Suspense>
    );
  return null;
}

