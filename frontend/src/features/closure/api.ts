import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  linksCreate,
  linksDelete,
  linksList,
  ticketsClose,
  ticketsMerge,
  ticketsMergePreview,
  watchersAdd,
  watchersList,
  watchersRemove,
  type LinkCreate,
  type MergeRequest,
  type TicketClose,
} from '@/api/generated';
import { ifMatchSeen, invalidateTicket, rememberEtag, ticketKeys } from '@/features/tickets/api';

export const closureKeys = {
  links: (number: number) => ['links', number] as const,
  watchers: (number: number) => ['watchers', number] as const,
  preview: (number: number, into: number) => ['merge-preview', number, into] as const,
};

export function useLinks(number: number) {
  return useQuery({
    queryKey: closureKeys.links(number),
    queryFn: async ({ signal }) => (await linksList({ path: { number }, signal, throwOnError: true })).data.items,
  });
}

export function useWatchers(number: number) {
  return useQuery({
    queryKey: closureKeys.watchers(number),
    queryFn: async ({ signal }) => (await watchersList({ path: { number }, signal, throwOnError: true })).data.items,
  });
}

/** What a merge would move; only asked once a survivor is picked. */
export function useMergePreview(number: number, into: number | null) {
  return useQuery({
    queryKey: closureKeys.preview(number, into ?? 0),
    enabled: into !== null,
    retry: false,
    queryFn: async ({ signal }) =>
      (await ticketsMergePreview({ path: { number }, query: { into: into ?? 0 }, signal, throwOnError: true })).data,
  });
}

function useTicketChange<T>(number: number, change: (headers: { 'If-Match': string } | undefined, body: T) => Promise<{ response: Response }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: T) => {
      const { response } = await change(ifMatchSeen(queryClient, number), body);
      rememberEtag(queryClient, number, response);
    },
    onSuccess: () =>
      Promise.all([
        invalidateTicket(queryClient, number),
        queryClient.invalidateQueries({ queryKey: ['links'] }),
        queryClient.invalidateQueries({ queryKey: closureKeys.watchers(number) }),
      ]),
  });
}

export function useCloseTicket(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TicketClose) => {
      const { data, response } = await ticketsClose({ path: { number }, headers: ifMatchSeen(queryClient, number), body, throwOnError: true });
      rememberEtag(queryClient, number, response);
      return data;
    },
    onSuccess: async (result) => {
      await invalidateTicket(queryClient, number);
      await queryClient.invalidateQueries({ queryKey: ['links'] });
      for (const incident of result.resolved_incidents ?? []) void queryClient.invalidateQueries({ queryKey: ticketKeys.one(incident) });
    },
  });
}

export function useMerge(number: number) {
  return useTicketChange(number, (headers, body: MergeRequest) => ticketsMerge({ path: { number }, headers, body, throwOnError: true }));
}

export function useAddLink(number: number) {
  return useTicketChange(number, (headers, body: LinkCreate) => linksCreate({ path: { number }, headers, body, throwOnError: true }));
}

export function useRemoveLink(number: number) {
  return useTicketChange(number, (headers, linkId: number) =>
    linksDelete({ path: { number, link_id: linkId }, headers, throwOnError: true }),
  );
}

export function useWatch(number: number) {
  return useTicketChange(number, (headers, userId: number) =>
    watchersAdd({ path: { number, user_id: userId }, headers, throwOnError: true }),
  );
}

export function useUnwatch(number: number) {
  return useTicketChange(number, (headers, userId: number) =>
    watchersRemove({ path: { number, user_id: userId }, headers, throwOnError: true }),
  );
}
