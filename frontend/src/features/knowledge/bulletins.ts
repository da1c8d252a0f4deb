import { useQuery } from '@tanstack/react-query';
import { bulletinsList } from '@/api/generated';

// Apart from ./api so that the screens showing the banner do not carry every knowledge hook.
export function useActiveBulletins(enabled = true) {
  return useQuery({
    queryKey: ['bulletins', 'active'],
    enabled,
    staleTime: 60_000,
    refetchInterval: 120_000,
    queryFn: async ({ signal }) =>
      (await bulletinsList({ query: { state: 'active', limit: 10 }, signal, throwOnError: true })).data.items,
  });
}
