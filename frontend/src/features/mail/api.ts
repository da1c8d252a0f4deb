import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  mailTest,
  notificationsPreferencesGet,
  notificationsPreferencesPut,
  resolutionLinksAnswer,
  resolutionLinksInspect,
  type NotificationPreferencesIn,
  type ResolutionAnswer,
} from '@/api/generated';

const PREFERENCES = ['notification-preferences'] as const;

export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES,
    queryFn: async () => (await notificationsPreferencesGet({ throwOnError: true })).data,
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationPreferencesIn) =>
      (await notificationsPreferencesPut({ body, throwOnError: true })).data,
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES, saved),
  });
}

export function useMailTest() {
  return useMutation({
    mutationFn: async (to: string | null) => (await mailTest({ body: { to }, throwOnError: true })).data,
  });
}

export function useResolutionLink(token: string) {
  return useQuery({
    queryKey: ['resolution-link', token],
    queryFn: async () => (await resolutionLinksInspect({ body: { token }, throwOnError: true })).data,
    enabled: token !== '',
    retry: false,
  });
}

export function useAnswerResolution(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: ResolutionAnswer) =>
      (await resolutionLinksAnswer({ body: { token, action }, throwOnError: true })).data,
    onSuccess: (ticket) => queryClient.setQueryData(['resolution-link', token], ticket),
  });
}
