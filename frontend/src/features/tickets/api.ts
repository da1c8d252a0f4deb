import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import {
  ticketsCreate,
  ticketsGet,
  ticketsList,
  ticketsUpdate,
  type CustomerTicketOut,
  type TicketCreate,
  type TicketOut,
  type TicketsListData,
  type TicketUpdate,
} from '@/api/generated';

export type TicketQuery = NonNullable<TicketsListData['query']>;
/**
 * A ticket as the API answers it: the support team's view (every field) or the customer
 * view (no tags, team, assignee or priority reason); `view` tells which.
 */
export type TicketView = TicketOut | CustomerTicketOut;
export interface TicketWithEtag {
  ticket: TicketView;
  etag: string | null;
}

/** The agent pages are for the support team, who always get the staff view. */
export function isStaffView(ticket: TicketView | undefined): ticket is TicketOut {
  return ticket?.view === 'staff';
}

export const ticketKeys = {
  lists: ['tickets'] as const,
  list: (query: TicketQuery) => ['tickets', query] as const,
  one: (number: number) => ['ticket', number] as const,
};

export function useTicketPages(query: TicketQuery, enabled = true) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list(query),
    enabled,
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }) =>
      (
        await ticketsList({
          query: { ...query, cursor: pageParam ?? undefined },
          signal,
          throwOnError: true,
        })
      ).data,
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

/** A short list (e.g. the requester's previous tickets), first page only. */
export function useTicketList(query: TicketQuery, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.list(query),
    enabled,
    queryFn: async ({ signal }) =>
      (await ticketsList({ query, signal, throwOnError: true })).data,
  });
}

export function useTicket(number: number) {
  return useQuery({
    queryKey: ticketKeys.one(number),
    enabled: Number.isSafeInteger(number) && number > 0,
    queryFn: async ({ signal }): Promise<TicketWithEtag> => {
      const { data, response } = await ticketsGet({
        path: { number },
        signal,
        throwOnError: true,
      });
      return { ticket: data, etag: response.headers.get('ETag') };
    },
  });
}

/**
 * If-Match for a change to the ticket or one of its parts (assignment, escalation, solutions):
 * the ETag of the ticket as this person last saw it. A 412 means someone else changed it.
 */
export function ifMatchSeen(queryClient: QueryClient, number: number): { 'If-Match': string } | undefined {
  const etag = queryClient.getQueryData<TicketWithEtag>(ticketKeys.one(number))?.etag;
  return etag ? { 'If-Match': etag } : undefined;
}

/** After a change to one of its parts: the ticket's new ETag, until the refetch brings the rest. */
export function rememberEtag(queryClient: QueryClient, number: number, response: Response): void {
  const etag = response.headers.get('ETag');
  if (!etag) return;
  // The change was made with If-Match: the ETag seen until now.
  recordOwnChange(number, queryClient.getQueryData<TicketWithEtag>(ticketKeys.one(number))?.etag, etag);
  queryClient.setQueryData<TicketWithEtag>(ticketKeys.one(number), (seen) => (seen ? { ...seen, etag } : seen));
}

// This tab's own changes to tickets: "number ETag-it-was-made-against" → the ETag it produced.
const ownChanges = new Map<string, string>();

function recordOwnChange(number: number, from: string | null | undefined, to: string | null): void {
  if (from && to && from !== to) ownChanges.set(`${number} ${from}`, to);
}

/**
 * The version a draft begun on `etag` (e.g. the triage form's) can be saved against: `etag`, or
 * the version this tab's own changes made of it since (the agent took the ticket, moved its
 * status...). A ticket past that was changed by someone else: saving against it is a 412.
 */
export function ownLatest(number: number, etag: string | null): string | null {
  let at = etag;
  for (let step = 0; at !== null && step < 1000; step++) {
    const next = ownChanges.get(`${number} ${at}`);
    if (next === undefined) break;
    at = next;
  }
  return at;
}

export function invalidateTicket(queryClient: QueryClient, number: number): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketKeys.one(number) }),
    queryClient.invalidateQueries({ queryKey: ['events', number] }),
    queryClient.invalidateQueries({ queryKey: ['comments', number] }),
    queryClient.invalidateQueries({ queryKey: ['attachments', number] }),
    queryClient.invalidateQueries({ queryKey: ticketKeys.lists }),
  ]);
}

/**
 * PATCH with If-Match: the ETag of the ticket as this person last saw it, or `basedOn`, the
 * version a longer edit began on (the triage form's draft: a refetch meanwhile must not make it
 * overwrite what someone else changed). A 412 means someone else changed it meanwhile; the
 * caller shows that and offers a reload.
 */
export function useUpdateTicket(number: number, basedOn?: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TicketUpdate) => {
      const etag = basedOn !== undefined ? basedOn : (queryClient.getQueryData<TicketWithEtag>(ticketKeys.one(number))?.etag ?? null);
      const { data, response } = await ticketsUpdate({
        path: { number },
        headers: etag ? { 'If-Match': etag } : undefined,
        body,
        throwOnError: true,
      });
      const fresh = { ticket: data, etag: response.headers.get('ETag') };
      recordOwnChange(number, etag, fresh.etag);
      return fresh;
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(ticketKeys.one(number), fresh);
      void queryClient.invalidateQueries({ queryKey: ['events', number] });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
    },
  });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { body: TicketCreate; idempotencyKey: string }) =>
      (
        await ticketsCreate({
          body: v.body,
          headers: { 'Idempotency-Key': v.idempotencyKey },
          throwOnError: true,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.lists }),
  });
}
