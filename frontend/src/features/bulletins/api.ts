import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  bulletinsCreate,
  bulletinsFollow,
  bulletinsGet,
  bulletinsLinkTickets,
  bulletinsList,
  bulletinsResolve,
  bulletinsTickets,
  bulletinsUnfollow,
  bulletinsUnlinkTicket,
  bulletinsUpdate,
  type BulletinCreate,
  type BulletinOut,
  type BulletinsListData,
  type BulletinUpdate,
  type TicketBrief,
} from '@/api/generated';
import { ticketKeys } from '@/features/tickets/api';

export type BulletinState = NonNullable<NonNullable<BulletinsListData['query']>['state']>;
export interface BulletinWithEtag {
  bulletin: BulletinOut;
  etag: string | null;
}

export const bulletinKeys = {
  all: ['bulletins'] as const,
  // Not ['bulletins', 'active']: that key holds the banner's plain list (features/knowledge/bulletins.ts).
  pages: (state: BulletinState) => ['bulletins', 'pages', state] as const,
  ofTicket: (number: number) => ['bulletins', 'ticket', number] as const,
  one: (id: number) => ['bulletin', id] as const,
  tickets: (id: number) => ['bulletin-tickets', id] as const,
};

export function useBulletinPages(state: BulletinState) {
  return useInfiniteQuery({
    queryKey: bulletinKeys.pages(state),
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }) =>
      (await bulletinsList({ query: { state, cursor: pageParam ?? undefined }, signal, throwOnError: true })).data,
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

/** The bulletin whose incident the ticket is part of (none, or one the caller may not read). */
export function useTicketBulletin(number: number) {
  return useQuery({
    queryKey: bulletinKeys.ofTicket(number),
    enabled: Number.isSafeInteger(number) && number > 0,
    queryFn: async ({ signal }) =>
      (await bulletinsList({ query: { state: 'all', ticket: number, limit: 1 }, signal, throwOnError: true })).data.items[0] ?? null,
  });
}

export function useBulletin(id: number) {
  return useQuery({
    queryKey: bulletinKeys.one(id),
    enabled: Number.isSafeInteger(id) && id > 0,
    queryFn: async ({ signal }): Promise<BulletinWithEtag> => {
      const { data, response } = await bulletinsGet({ path: { bulletin_id: id }, signal, throwOnError: true });
      return { bulletin: data, etag: response.headers.get('ETag') };
    },
  });
}

/** Every linked ticket, page after page: resolving shows all of them before it touches any. */
export function useLinkedTickets(id: number) {
  return useQuery({
    queryKey: bulletinKeys.tickets(id),
    queryFn: async ({ signal }) => {
      const tickets: TicketBrief[] = [];
      let cursor: string | undefined;
      do {
        const page = (await bulletinsTickets({ path: { bulletin_id: id }, query: { limit: 100, cursor }, signal, throwOnError: true })).data;
        tickets.push(...page.items);
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      return tickets;
    },
  });
}

function ifMatch(queryClient: QueryClient, id: number) {
  const etag = queryClient.getQueryData<BulletinWithEtag>(bulletinKeys.one(id))?.etag;
  return etag ? { 'If-Match': etag } : undefined;
}

function refresh(queryClient: QueryClient, id?: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: bulletinKeys.all }),
    id ? queryClient.invalidateQueries({ queryKey: bulletinKeys.one(id) }) : null,
    id ? queryClient.invalidateQueries({ queryKey: bulletinKeys.tickets(id) }) : null,
  ]);
}

export function useCreateBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BulletinCreate) => (await bulletinsCreate({ body, throwOnError: true })).data,
    onSuccess: () => refresh(queryClient),
  });
}

/** Edit, reschedule or end (ends_at = now) with If-Match: a 412 means someone changed it meanwhile. */
export function useUpdateBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BulletinUpdate) =>
      (await bulletinsUpdate({ path: { bulletin_id: id }, headers: ifMatch(queryClient, id), body, throwOnError: true })).data,
    onSuccess: () => refresh(queryClient, id),
  });
}

export function useLinkTickets(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (numbers: number[]) =>
      (await bulletinsLinkTickets({ path: { bulletin_id: id }, headers: ifMatch(queryClient, id), body: { numbers }, throwOnError: true })).data,
    onSuccess: () => Promise.all([refresh(queryClient, id), queryClient.invalidateQueries({ queryKey: ['events'] })]),
  });
}

export function useUnlinkTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (number: number) => {
      await bulletinsUnlinkTicket({ path: { bulletin_id: id, number }, headers: ifMatch(queryClient, id), throwOnError: true });
    },
    onSuccess: () => refresh(queryClient, id),
  });
}

export function useResolveBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (resolution: string) =>
      (await bulletinsResolve({ path: { bulletin_id: id }, headers: ifMatch(queryClient, id), body: { resolution }, throwOnError: true })).data,
    onSuccess: () =>
      Promise.all([refresh(queryClient, id), queryClient.invalidateQueries({ queryKey: ticketKeys.lists }), queryClient.invalidateQueries({ queryKey: ['ticket'] })]),
  });
}

/** A customer follows a known outage rather than filing a duplicate request. */
export function useFollowBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { id: number; follow: boolean; query?: string }) => {
      if (v.follow) await bulletinsFollow({ path: { bulletin_id: v.id }, body: { query: v.query || undefined }, throwOnError: true });
      else await bulletinsUnfollow({ path: { bulletin_id: v.id }, throwOnError: true });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bulletinKeys.all }),
  });
}
