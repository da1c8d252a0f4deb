import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiTokensCreate, apiTokensList, apiTokensRevoke, type ApiTokenCreate } from '@/api/generated';

export function useApiTokens() {
  return useQuery({
    queryKey: ['api-tokens'],
    queryFn: async () => (await apiTokensList({ throwOnError: true })).data.items,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApiTokenCreate) => (await apiTokensCreate({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await apiTokensRevoke({ path: { token_id: id }, throwOnError: true });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}
