import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  mailQuarantineDrop,
  mailQuarantineList,
  mailQuarantineRelease,
  type QuarantinedMailOut,
} from '@/api/generated';

export type QuarantineStatus = QuarantinedMailOut['status'];
export const QUARANTINE_STATUSES: QuarantineStatus[] = ['held', 'ignored', 'released', 'dropped'];

const KEY = ['mail-quarantine'] as const;

/** Incoming mail that became no ticket, newest first, a page at a time. */
export function useQuarantine(status: QuarantineStatus) {
  return useInfiniteQuery({
    queryKey: [...KEY, status],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      (await mailQuarantineList({ query: { status, limit: 50, cursor: pageParam }, signal, throwOnError: true })).data,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

function useQuarantineMutation<R>(run: (item: QuarantinedMailOut) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

// Only held mail can be released or dropped: a second admin acting on it gets a 409.
export const useReleaseMail = () =>
  useQuarantineMutation(async (item) =>
    (await mailQuarantineRelease({ path: { quarantine_id: item.id }, throwOnError: true })).data);

export const useDropMail = () =>
  useQuarantineMutation(async (item) =>
    (await mailQuarantineDrop({ path: { quarantine_id: item.id }, throwOnError: true })).data);
