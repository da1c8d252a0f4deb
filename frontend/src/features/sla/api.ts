import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  slaCalendarsCreate,
  slaCalendarsList,
  slaCalendarsReplace,
  slaPoliciesCreate,
  slaPoliciesDeactivate,
  slaPoliciesList,
  slaPoliciesReorder,
  slaPoliciesReplace,
  ticketsSla,
  type CalendarWrite,
  type PolicyWrite,
} from '@/api/generated';

export const slaKeys = {
  calendars: ['sla', 'calendars'] as const,
  policies: ['sla', 'policies'] as const,
  report: (number: number, version: number) => ['sla', 'report', number, version] as const,
};

/** The ticket's SLA report, refreshed every minute so "due in" stays true. */
export function useTicketSla(number: number, version: number) {
  return useQuery({
    queryKey: slaKeys.report(number, version),
    enabled: Number.isSafeInteger(number) && number > 0,
    refetchInterval: 60_000,
    queryFn: async ({ signal }) => (await ticketsSla({ path: { number }, signal, throwOnError: true })).data,
  });
}

export function useSlaCalendars() {
  return useQuery({
    queryKey: slaKeys.calendars,
    queryFn: async ({ signal }) => (await slaCalendarsList({ signal, throwOnError: true })).data.items,
  });
}

export function useSlaPolicies() {
  return useQuery({
    queryKey: slaKeys.policies,
    queryFn: async ({ signal }) => (await slaPoliciesList({ signal, throwOnError: true })).data.items,
  });
}

/** A new version carries the version it was edited from, so a concurrent edit is a 412. */
const ifMatch = (kind: string, id: number, version: number) => ({ 'If-Match': `"${kind}-${id}-v${version}"` });

export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { id?: number; version?: number; body: CalendarWrite }) =>
      v.id === undefined
        ? (await slaCalendarsCreate({ body: v.body, throwOnError: true })).data
        : (
            await slaCalendarsReplace({
              path: { calendar_id: v.id },
              body: v.body,
              headers: ifMatch('sla-calendar', v.id, v.version ?? 1),
              throwOnError: true,
            })
          ).data,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sla'] }),
  });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { id?: number; version?: number; body: PolicyWrite }) =>
      v.id === undefined
        ? (await slaPoliciesCreate({ body: v.body, throwOnError: true })).data
        : (
            await slaPoliciesReplace({
              path: { policy_id: v.id },
              body: v.body,
              headers: ifMatch('sla-policy', v.id, v.version ?? 1),
              throwOnError: true,
            })
          ).data,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sla'] }),
  });
}

/** The active policies in their new matching order (first match wins). */
export function useReorderPolicies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (policyIds: number[]) =>
      (await slaPoliciesReorder({ body: { policy_ids: policyIds }, throwOnError: true })).data.items,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sla'] }),
  });
}

export function useDeactivatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await slaPoliciesDeactivate({ path: { policy_id: id }, throwOnError: true });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sla'] }),
  });
}
