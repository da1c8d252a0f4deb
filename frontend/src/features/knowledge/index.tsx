/**
 * The knowledge base's place in the SPA (issue 4, "once its API exists").
 *
 * The components below are already rendered where the issue wants them: bulletins over the
 * queues, article suggestions beside a ticket and while a customer types a new request's subject.
 * They render nothing until the knowledge API is in frontend/openapi.json; then `npm run
 * generate` brings its client, hooks go in ./api.ts and the browse/read/write screens in
 * src/routes/knowledge/.
 */
export function KnowledgeBulletins() {
  return null;
}

export function ArticleSuggestions(_props: { subject?: string; ticketNumber?: number; audience: 'public' | 'staff' }) {
  return null;
}
