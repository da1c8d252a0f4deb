import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  categoriesCreate,
  categoriesList,
  categoriesUpdate,
  organizationsAddDepartment,
  organizationsAddLocation,
  organizationsCreate,
  organizationsGet,
  organizationsList,
  organizationsUpdate,
  teamsAddMember,
  teamsCreate,
  teamsList,
  teamsRemoveMember,
  teamsUpdate,
  usersCreate,
  usersGet,
  usersList,
  usersUpdate,
  type CategoryPatch,
  type CategoryWrite,
  type OrganizationPatch,
  type OrganizationWrite,
  type Role,
  type TeamPatch,
  type TeamWrite,
  type UserCreate,
  type UserOut,
  type UserUpdate,
} from '@/api/generated';

const DIRECTORY_STALE_MS = 5 * 60_000;

export function useTeams(enabled = true) {
  return useQuery({
    queryKey: ['teams'],
    enabled,
    staleTime: DIRECTORY_STALE_MS,
    queryFn: async () => (await teamsList({ throwOnError: true })).data.items,
  });
}

export function useCategories(includeInactive = false) {
  return useQuery({
    queryKey: ['categories', includeInactive],
    staleTime: DIRECTORY_STALE_MS,
    queryFn: async () =>
      (await categoriesList({ query: { include_inactive: includeInactive }, throwOnError: true }))
        .data.items,
  });
}

const STAFF_ROLES: Role[] = ['agent', 'supervisor', 'admin'];

/** Everyone on the support team (for assignee names and pickers), keyed by id. */
export function useStaff(enabled = true) {
  return useQuery({
    queryKey: ['staff'],
    enabled,
    staleTime: DIRECTORY_STALE_MS,
    queryFn: async () => {
      const people = new Map<number, UserOut>();
      for (const role of STAFF_ROLES) {
        let cursor: string | undefined;
        do {
          const { data } = await usersList({ query: { role, limit: 100, cursor }, throwOnError: true });
          for (const u of data.items) people.set(u.id, u);
          cursor = data.next_cursor ?? undefined;
        } while (cursor);
      }
      return people;
    },
  });
}

export function useUser(id: number | null | undefined) {
  return useQuery({
    queryKey: ['user', id],
    enabled: typeof id === 'number',
    staleTime: DIRECTORY_STALE_MS,
    queryFn: async () => (await usersGet({ path: { user_id: id as number }, throwOnError: true })).data,
  });
}

export function useUserSearch(query: { q?: string; role?: Role; organization_id?: number }, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['users', query],
    enabled,
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }) =>
      (
        await usersList({
          query: { ...query, limit: 25, cursor: pageParam ?? undefined },
          signal,
          throwOnError: true,
        })
      ).data,
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

export function useOrganization(id: number | null | undefined) {
  return useQuery({
    queryKey: ['organization', id],
    enabled: typeof id === 'number',
    staleTime: DIRECTORY_STALE_MS,
    queryFn: async () =>
      (await organizationsGet({ path: { organization_id: id as number }, throwOnError: true })).data,
  });
}

export function useOrganizations(enabled = true) {
  return useQuery({
    queryKey: ['organizations'],
    enabled,
    staleTime: DIRECTORY_STALE_MS,
    queryFn: async () => (await organizationsList({ throwOnError: true })).data.items,
  });
}

function useDirectoryMutation<V, R>(keys: string[][], fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export const useCreateUser = () =>
  useDirectoryMutation([['users'], ['staff']], async (body: UserCreate) => (await usersCreate({ body, throwOnError: true })).data);

export const useUpdateUser = () =>
  useDirectoryMutation(
    [['users'], ['staff'], ['user']],
    async (v: { id: number; body: UserUpdate }) =>
      (await usersUpdate({ path: { user_id: v.id }, body: v.body, throwOnError: true })).data,
  );

export const useCreateOrganization = () =>
  useDirectoryMutation([['organizations']], async (body: OrganizationWrite) =>
    (await organizationsCreate({ body, throwOnError: true })).data);

export const useUpdateOrganization = () =>
  useDirectoryMutation([['organizations'], ['organization']], async (v: { id: number; body: OrganizationPatch }) =>
    (await organizationsUpdate({ path: { organization_id: v.id }, body: v.body, throwOnError: true })).data);

export const useAddDepartment = () =>
  useDirectoryMutation([['organizations'], ['organization']], async (v: { id: number; name: string }) =>
    (await organizationsAddDepartment({ path: { organization_id: v.id }, body: { name: v.name }, throwOnError: true })).data);

export const useAddLocation = () =>
  useDirectoryMutation([['organizations'], ['organization']], async (v: { id: number; name: string; address: string | null }) =>
    (await organizationsAddLocation({ path: { organization_id: v.id }, body: { name: v.name, address: v.address }, throwOnError: true })).data);

export const useCreateTeam = () =>
  useDirectoryMutation([['teams']], async (body: TeamWrite) => (await teamsCreate({ body, throwOnError: true })).data);

export const useUpdateTeam = () =>
  useDirectoryMutation([['teams']], async (v: { id: number; body: TeamPatch }) =>
    (await teamsUpdate({ path: { team_id: v.id }, body: v.body, throwOnError: true })).data);

export const useTeamMember = () =>
  useDirectoryMutation([['teams']], async (v: { teamId: number; userId: number; member: boolean }) => {
    const options = { path: { team_id: v.teamId, user_id: v.userId }, throwOnError: true as const };
    return (v.member ? await teamsAddMember(options) : await teamsRemoveMember(options)).data;
  });

export const useCreateCategory = () =>
  useDirectoryMutation([['categories']], async (body: CategoryWrite) =>
    (await categoriesCreate({ body, throwOnError: true })).data);

export const useUpdateCategory = () =>
  useDirectoryMutation([['categories']], async (v: { id: number; body: CategoryPatch }) =>
    (await categoriesUpdate({ path: { category_id: v.id }, body: v.body, throwOnError: true })).data);
