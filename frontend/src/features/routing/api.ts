import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  agentsGetOwnProfile,
  agentsListProfiles,
  agentsUpdateOwnProfile,
  agentsUpdateProfile,
  routingCreateRule,
  routingDeleteRule,
  routingListCategories,
  routingListRules,
  routingReorderRules,
  routingSetCategory,
  routingUpdateRule,
  type AgentProfilePatch,
  type CategoryRoutingWrite,
  type RulePatch,
  type RuleWrite,
} from '@/api/generated';

const RULES = ['routing', 'rules'];
const CATEGORIES = ['routing', 'categories'];
const PROFILES = ['agents', 'profiles'];
const OWN_PROFILE = ['agents', 'me'];

export function useRoutingRules() {
  return useQuery({
    queryKey: RULES,
    queryFn: async () => (await routingListRules({ throwOnError: true })).data.items,
  });
}

function useRoutingMutation<V, R>(keys: string[][], fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export const useCreateRule = () =>
  useRoutingMutation([RULES], async (body: RuleWrite) => (await routingCreateRule({ body, throwOnError: true })).data);

export const useUpdateRule = () =>
  useRoutingMutation([RULES], async (v: { id: number; body: RulePatch }) =>
    (await routingUpdateRule({ path: { rule_id: v.id }, body: v.body, throwOnError: true })).data);

export const useDeleteRule = () =>
  useRoutingMutation([RULES], async (id: number) => {
    await routingDeleteRule({ path: { rule_id: id }, throwOnError: true });
  });

export const useReorderRules = () =>
  useRoutingMutation([RULES], async (ruleIds: number[]) =>
    (await routingReorderRules({ body: { rule_ids: ruleIds }, throwOnError: true })).data.items);

export function useCategoryRouting() {
  return useQuery({
    queryKey: CATEGORIES,
    queryFn: async () => (await routingListCategories({ throwOnError: true })).data.items,
  });
}

export const useSetCategoryRouting = () =>
  useRoutingMutation([CATEGORIES], async (v: { categoryId: number; body: CategoryRoutingWrite }) =>
    (await routingSetCategory({ path: { category_id: v.categoryId }, body: v.body, throwOnError: true })).data);

export function useAgentProfiles() {
  return useQuery({
    queryKey: PROFILES,
    queryFn: async () => (await agentsListProfiles({ throwOnError: true })).data.items,
  });
}

export const useUpdateAgentProfile = () =>
  useRoutingMutation([PROFILES, OWN_PROFILE], async (v: { userId: number; body: AgentProfilePatch }) =>
    (await agentsUpdateProfile({ path: { user_id: v.userId }, body: v.body, throwOnError: true })).data);

export function useOwnProfile(enabled = true) {
  return useQuery({
    queryKey: OWN_PROFILE,
    enabled,
    queryFn: async () => (await agentsGetOwnProfile({ throwOnError: true })).data,
  });
}

export function useSetOwnAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (available: boolean) =>
      (await agentsUpdateOwnProfile({ body: { available }, throwOnError: true })).data,
    onSuccess: (profile) => {
      queryClient.setQueryData(OWN_PROFILE, profile);
      return queryClient.invalidateQueries({ queryKey: PROFILES });
    },
  });
}
