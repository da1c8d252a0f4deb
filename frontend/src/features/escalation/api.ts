import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  escalationRulesCreate,
  escalationRulesDelete,
  escalationRulesList,
  escalationRulesReorder,
  escalationRulesUpdate,
  type EscalationRulePatch,
  type EscalationRuleWrite,
} from '@/api/generated';

const KEY = ['escalation-rules'] as const;

export function useEscalationRules() {
  return useQuery({
    queryKey: KEY,
    queryFn: async () => (await escalationRulesList({ throwOnError: true })).data.items,
  });
}

function useRuleMutation<V, R>(run: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateRule = () =>
  useRuleMutation(async (body: EscalationRuleWrite) => (await escalationRulesCreate({ body, throwOnError: true })).data);

export const useUpdateRule = () =>
  useRuleMutation(async (v: { id: number; body: EscalationRulePatch }) =>
    (await escalationRulesUpdate({ path: { rule_id: v.id }, body: v.body, throwOnError: true })).data);

export const useDeleteRule = () =>
  useRuleMutation(async (id: number) => {
    await escalationRulesDelete({ path: { rule_id: id }, throwOnError: true });
  });

export const useReorderRules = () =>
  useRuleMutation(async (ruleIds: number[]) =>
    (await escalationRulesReorder({ body: { rule_ids: ruleIds }, throwOnError: true })).data.items);
