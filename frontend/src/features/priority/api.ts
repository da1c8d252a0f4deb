import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { priorityMatrixGet, priorityMatrixReplace, type PriorityMatrix } from '@/api/generated';

export function useMatrix() {
  return useQuery({
    queryKey: ['priority-matrix'],
    staleTime: 5 * 60_000,
    queryFn: async () => (await priorityMatrixGet({ throwOnError: true })).data,
  });
}

export function useReplaceMatrix() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PriorityMatrix) =>
      (await priorityMatrixReplace({ body, throwOnError: true })).data,
    onSuccess: (matrix) => queryClient.setQueryData(['priority-matrix'], matrix),
  });
}
