import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  mailboxesCreate,
  mailboxesDelete,
  mailboxesList,
  mailboxesPoll,
  mailboxesTestConnection,
  mailboxesUpdate,
  type MailboxPatchWritable,
  type MailboxWriteWritable,
} from '@/api/generated';

const KEY = ['mailboxes'] as const;

/** Refreshed every few seconds while on screen: polls run in the background, every minute. */
export function useMailboxes() {
  return useQuery({
    queryKey: KEY,
    queryFn: async () => (await mailboxesList({ throwOnError: true })).data.items,
    refetchInterval: 5_000,
  });
}

function useMailboxMutation<V, R>(run: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateMailbox = () =>
  useMailboxMutation(async (body: MailboxWriteWritable) => (await mailboxesCreate({ body, throwOnError: true })).data);

export const useUpdateMailbox = () =>
  useMailboxMutation(async (v: { id: number; body: MailboxPatchWritable }) =>
    (await mailboxesUpdate({ path: { mailbox_id: v.id }, body: v.body, throwOnError: true })).data);

export const useDeleteMailbox = () =>
  useMailboxMutation(async (id: number) => {
    await mailboxesDelete({ path: { mailbox_id: id }, throwOnError: true });
  });

export const usePollMailbox = () =>
  useMailboxMutation(async (id: number) => {
    await mailboxesPoll({ path: { mailbox_id: id }, throwOnError: true });
  });

/** Signs in to the mailbox's server and counts its folder; the answer says why when it fails. */
export const useTestConnection = () =>
  useMutation({
    mutationFn: async (id: number) =>
      (await mailboxesTestConnection({ path: { mailbox_id: id }, throwOnError: true })).data,
  });
