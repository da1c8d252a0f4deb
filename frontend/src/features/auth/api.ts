import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { authSignIn, authSignOut, usersMe } from '@/api/generated';
import { session } from './session';

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token, session.token);
}

export const meQuery = (token: string | null) => ({
  queryKey: ['me', token],
  staleTime: 5 * 60_000,
  queryFn: async () => (await usersMe({ throwOnError: true })).data,
});

export function useMe() {
  const token = useToken();
  return useQuery({ ...meQuery(token), enabled: token !== null });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { email: string; password: string; remember: boolean }) => {
      const { data } = await authSignIn({
        body: { username: v.email, password: v.password, grant_type: 'password' },
        throwOnError: true,
      });
      return { token: data.access_token, remember: v.remember };
    },
    onSuccess: ({ token, remember }) => {
      queryClient.clear();
      session.signIn(token, remember);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await authSignOut({ throwOnError: false });
    },
    onSettled: () => {
      session.signOut('user');
      queryClient.clear();
    },
  });
}
