import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { reportsExport, reportsGet, type Channel, type ReportGroup, type ReportOut } from '@/api/generated';

export type ReportFilters = {
  from: string;
  to: string;
  team_id?: number;
  agent_id?: number;
  organization_id?: number;
  category_id?: number;
  channel?: Channel;
};

export const GROUPS: ReportGroup[] = ['times', 'sla', 'backlog', 'quality', 'volume', 'agents', 'staffing'];

export const reportKeys = {
  report: (group: ReportGroup, filters: ReportFilters) => ['reports', group, filters] as const,
};

/** One figure group for the period and the one before it. */
export function useReport(group: ReportGroup, filters: ReportFilters) {
  return useQuery({
    queryKey: reportKeys.report(group, filters),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<ReportOut> =>
      (await reportsGet({ path: { group }, query: filters, signal, throwOnError: true })).data,
  });
}

/** A table as CSV, fetched with the bearer token and handed to the browser as a download. */
export async function downloadCsv(group: ReportGroup, table: string, filters: ReportFilters) {
  const { data } = await reportsExport({
    path: { group },
    query: { ...filters, table },
    parseAs: 'blob',
    throwOnError: true,
  });
  const url = URL.createObjectURL(data as unknown as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `sportello-${group}-${table}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
