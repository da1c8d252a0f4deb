import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assignmentClear, assignmentSet, escalationsCreate } from '@/api/generated';
import { ifMatchSeen, invalidateTicket, rememberEtag } from '@/features/tickets/api';

export function useAssign(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { teamId: number | null; agentId: number | null }) => {
      const { data, response } = await assignmentSet({
        path: { number },
        headers: ifMatchSeen(queryClient, number),
        body: { team_id: v.teamId, agent_id: v.agentId },
        throwOnError: true,
      });
      rememberEtag(queryClient, number, response);
      return data;
    },
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}

export function useUnassign(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { data, response } = await assignmentClear({
        path: { number },
        headers: ifMatchSeen(queryClient, number),
        throwOnError: true,
      });
      rememberEtag(queryClient, number, response);
      return data;
    },
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}

export function useEscalate(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { teamId: number; reason: string; agentId: number | null }) => {
      const { data, response } = await escalationsCreate({
        path: { number },
        headers: ifMatchSeen(queryClient, number),
        body: { team_id: v.teamId, reason: v.reason, agent_id: v.agentId },
        throwOnError: true,
      });
      rememberEtag(queryClient, number, response);
      return data;
    },
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}
