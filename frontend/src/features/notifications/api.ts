import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsList, notificationsMarkAllRead, notificationsMarkRead } from '@/api/generated';

const KEY = ['notifications'] as const;
// New assignments and escalations should show within a minute without a reload.
const POLL_MS = 60_000;

export function useNotifications() {
  return useQuery({
    queryKey: KEY,
    refetchInterval: POLL_MS,
    queryFn: async () => (await notificationsList({ query: { limit: 20 }, throwOnError: true })).data,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      (await notificationsMarkRead({ path: { notification_id: id }, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await notificationsMarkAllRead({ throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
