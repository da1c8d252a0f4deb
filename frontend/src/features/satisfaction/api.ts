import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  satisfactionGet,
  satisfactionLinksGet,
  satisfactionLinksRate,
  satisfactionRate,
  type SatisfactionIn,
  type SatisfactionOut,
} from '@/api/generated';
import { invalidateTicket } from '@/features/tickets/api';

export const satisfactionKeys = {
  one: (number: number) => ['satisfaction', number] as const,
  link: (token: string) => ['satisfaction-link', token] as const,
};

interface SurveyWithEtag {
  survey: SatisfactionOut;
  etag: string | null;
}

/** The ticket's survey as the caller may see it, with the ETag a change sends back. */
export function useSatisfaction(number: number, version: number) {
  return useQuery({
    // The ticket's version: whether the requester may still rate follows its status.
    queryKey: [...satisfactionKeys.one(number), version],
    queryFn: async ({ signal }): Promise<SurveyWithEtag> => {
      const { data, response } = await satisfactionGet({ path: { number }, signal, throwOnError: true });
      return { survey: data, etag: response.headers.get('ETag') };
    },
  });
}

/** Rate or change the rating; a bad rating may reopen the ticket, so the ticket is refetched. */
export function useRate(number: number, etag: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SatisfactionIn) =>
      (
        await satisfactionRate({
          path: { number },
          headers: etag ? { 'If-Match': etag } : undefined,
          body,
          throwOnError: true,
        })
      ).data,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: satisfactionKeys.one(number) }),
        invalidateTicket(queryClient, number),
      ]),
  });
}

/** What an email link rates; reading it changes nothing. */
export function useRatingLink(token: string) {
  return useQuery({
    queryKey: satisfactionKeys.link(token),
    enabled: token !== '',
    retry: false,
    queryFn: async ({ signal }) => (await satisfactionLinksGet({ path: { token }, signal, throwOnError: true })).data,
  });
}

export function useRateByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SatisfactionIn) =>
      (await satisfactionLinksRate({ path: { token }, body, throwOnError: true })).data,
    onSuccess: (fresh) => queryClient.setQueryData(satisfactionKeys.link(token), fresh),
  });
}
