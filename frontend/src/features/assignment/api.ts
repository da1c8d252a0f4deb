import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assignmentClear, assignmentSet, escalationsCreate } from '@/api/generated';
import { invalidateTicket } from '@/features/tickets/api';

export function useAssign(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { teamId: number | null; agentId: number | null }) =>
      (
        await assignmentSet({
          path: { number },
          body: { team_id: v.teamId, agent_id: v.agentId },
          throwOnError: true,
        })
      ).data,
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}

export function useUnassign(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await assignmentClear({ path: { number }, throwOnError: true })).data,
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}

export function useEscalate(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { teamId: number; reason: string; agentId: number | null }) =>
      (
        await escalationsCreate({
          path: { number },
          body: { team_id: v.teamId, reason: v.reason, agent_id: v.agentId },
          throwOnError: true,
        })
      ).data,
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}
