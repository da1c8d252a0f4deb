import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  articlesCompareRevisions,
  articlesCreate,
  articlesGet,
  articlesList,
  articlesRestoreRevision,
  articlesRevisions,
  articlesSuggest,
  articlesUpdate,
  articlesVote,
  deflectionsRecord,
  deflectionsReport,
  guidesOpenTicket,
  guidesWalk,
  searchQuery,
  solutionsLink,
  solutionsList,
  solutionsUnlink,
  ticketsSuggestions,
  type Answer,
  type ArticleCreate,
  type ArticleOut,
  type ArticlesListData,
  type ArticleUpdate,
  type DeflectionCreate,
  type GuideTicketCreate,
  type TicketCreate,
} from '@/api/generated';
import { ifMatchSeen, invalidateTicket, rememberEtag } from '@/features/tickets/api';

export type ArticleQuery = NonNullable<ArticlesListData['query']>;
export interface ArticleWithEtag {
  article: ArticleOut;
  etag: string | null;
}

export const kbKeys = {
  lists: ['articles'] as const,
  list: (query: ArticleQuery) => ['articles', query] as const,
  search: (q: string, language?: string) => ['kb-search', q, language ?? ''] as const,
  one: (id: number) => ['article', id] as const,
  revisions: (id: number) => ['article-revisions', id] as const,
  walk: (id: number) => ['guide-walk', id] as const,
};

export function useArticlePages(query: ArticleQuery) {
  return useInfiniteQuery({
    queryKey: kbKeys.list(query),
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }) =>
      (await articlesList({ query: { ...query, cursor: pageParam ?? undefined }, signal, throwOnError: true })).data,
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

/** Full-text search over articles, with highlighted snippets. */
export function useArticleSearch(q: string, language?: ArticleQuery['language']) {
  return useInfiniteQuery({
    queryKey: kbKeys.search(q, language ?? undefined),
    enabled: q.trim().length > 0,
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }) =>
      (
        await searchQuery({
          query: { q, type: ['article'], language: language ?? undefined, limit: 20, cursor: pageParam ?? undefined },
          signal,
          throwOnError: true,
        })
      ).data,
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

export function useArticle(id: number) {
  return useQuery({
    queryKey: kbKeys.one(id),
    enabled: Number.isSafeInteger(id) && id > 0,
    queryFn: async ({ signal }): Promise<ArticleWithEtag> => {
      const { data, response } = await articlesGet({ path: { article_id: id }, signal, throwOnError: true });
      return { article: data, etag: response.headers.get('ETag') };
    },
  });
}

export function useRevisions(id: number) {
  return useQuery({
    queryKey: kbKeys.revisions(id),
    queryFn: async ({ signal }) =>
      (await articlesRevisions({ path: { article_id: id }, query: { limit: 100 }, signal, throwOnError: true })).data,
  });
}

export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ArticleCreate) => (await articlesCreate({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kbKeys.lists }),
  });
}

function useArticleChange<V>(id: number, call: (v: V, etag: string | undefined) => Promise<ArticleOut>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => call(v, queryClient.getQueryData<ArticleWithEtag>(kbKeys.one(id))?.etag ?? undefined),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: kbKeys.one(id) }),
        queryClient.invalidateQueries({ queryKey: kbKeys.revisions(id) }),
        queryClient.invalidateQueries({ queryKey: kbKeys.lists }),
        // A walk not pinned to a revision follows the guide as it is now.
        queryClient.invalidateQueries({ queryKey: kbKeys.walk(id) }),
      ]),
  });
}

/** PATCH with If-Match: a 412 means someone else saved the article meanwhile. */
export function useUpdateArticle(id: number) {
  return useArticleChange<ArticleUpdate>(id, async (body, etag) =>
    (await articlesUpdate({ path: { article_id: id }, headers: etag ? { 'If-Match': etag } : undefined, body, throwOnError: true })).data,
  );
}

export function useRestoreRevision(id: number) {
  return useArticleChange<number>(id, async (number, etag) =>
    (
      await articlesRestoreRevision({
        path: { article_id: id, number },
        headers: etag ? { 'If-Match': etag } : undefined,
        throwOnError: true,
      })
    ).data,
  );
}

export function useVote(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (helpful: boolean) =>
      (await articlesVote({ path: { article_id: id }, body: { helpful }, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kbKeys.one(id) }),
  });
}

export function useGuideStep(id: number, answers: Answer[], revision: number | undefined) {
  return useQuery({
    queryKey: [...kbKeys.walk(id), answers.join(','), revision ?? 0],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      (await guidesWalk({ path: { guide_id: id }, query: { answers, revision }, signal, throwOnError: true })).data,
  });
}

export function useGuideTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { body: GuideTicketCreate; idempotencyKey: string }) =>
      (
        await guidesOpenTicket({
          path: { guide_id: id },
          headers: { 'Idempotency-Key': v.idempotencyKey },
          body: v.body,
          throwOnError: true,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function useTicketSuggestions(number: number) {
  return useQuery({
    queryKey: ['ticket-suggestions', number],
    staleTime: 60_000,
    queryFn: async ({ signal }) => (await ticketsSuggestions({ path: { number }, signal, throwOnError: true })).data,
  });
}

export function useSolutions(number: number) {
  return useQuery({
    queryKey: ['solutions', number],
    queryFn: async ({ signal }) => (await solutionsList({ path: { number }, signal, throwOnError: true })).data.items,
  });
}

export function useLinkSolution(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { articleId: number; link: boolean }) => {
      const headers = ifMatchSeen(queryClient, number);
      const { response } = v.link
        ? await solutionsLink({ path: { number }, headers, body: { article_id: v.articleId }, throwOnError: true })
        : await solutionsUnlink({ path: { number, article_id: v.articleId }, headers, throwOnError: true });
      rememberEtag(queryClient, number, response);
    },
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['solutions', number] }), invalidateTicket(queryClient, number)]),
  });
}

/** Public articles for what a customer is typing (the last word matches as a prefix). */
export function useArticleSuggest(q: string) {
  return useQuery({
    queryKey: ['article-suggest', q],
    enabled: q.trim().length >= 3,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    queryFn: async ({ signal }) => (await articlesSuggest({ query: { q, limit: 5 }, signal, throwOnError: true })).data.items,
  });
}

export function useRecordDeflection() {
  return useMutation({
    mutationFn: async (body: DeflectionCreate) => (await deflectionsRecord({ body, throwOnError: true })).data,
  });
}

/** What changed between two revisions of an article (fields, and a unified diff of the body). */
export function useRevisionComparison(id: number, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['article-compare', id, from, to],
    enabled: from !== null && to !== null && from !== to,
    staleTime: Infinity, // revisions never change
    queryFn: async ({ signal }) =>
      (
        await articlesCompareRevisions({
          path: { article_id: id },
          query: { from: from as number, to: to as number },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

/** The self-service answers that solved (or did not solve) the problem, per article. */
export function useDeflectionReport(since: string | undefined, until: string | undefined) {
  return useQuery({
    queryKey: ['deflection-report', since ?? '', until ?? ''],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      (await deflectionsReport({ query: { since, until }, signal, throwOnError: true })).data,
  });
}

/**
 * A customer's request opened through the guide they followed: the form's values, the guide's
 * ticket leaf deciding category and team, and the answers attached to the ticket.
 */
export function useGuideRequest(guide: { id: number; answers: Answer[]; revision: number | undefined }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { body: TicketCreate; idempotencyKey: string }) =>
      (
        await guidesOpenTicket({
          path: { guide_id: guide.id },
          headers: { 'Idempotency-Key': v.idempotencyKey },
          body: {
            answers: guide.answers,
            revision: guide.revision,
            subject: v.body.subject,
            description: v.body.description,
            details: v.body.details,
            impact: v.body.impact,
            urgency: v.body.urgency,
          },
          throwOnError: true,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}
