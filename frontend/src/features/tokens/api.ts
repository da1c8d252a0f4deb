import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiTokensCreate, apiTokensList, apiTokensRevoke, apiTokensScopes, type ApiTokenCreate } from '@/api/generated';

export function useApiTokens() {
  return useQuery({
    queryKey: ['api-tokens'],
    queryFn: async () => (await apiTokensList({ throwOnError: true })).data.items,
  });
}

/** The scopes this person may give a token (those of their role), in catalog order. */
export function useGrantableScopes() {
  return useQuery({
    queryKey: ['api-tokens', 'scopes'],
    queryFn: async () => (await apiTokensScopes({ throwOnError: true })).data.items.map((item) => item.scope),
    staleTime: Infinity,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApiTokenCreate) => (await apiTokensCreate({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'], exact: true }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await apiTokensRevoke({ path: { token_id: id }, throwOnError: true });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'], exact: true }),
  });
}
