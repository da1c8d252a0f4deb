import '@mantine/charts/styles.css';
import { AreaChart, BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { Channel, ReportGroup, ReportOut } from '@/api/generated';
import { ErrorState, Loading } from '@/components/States';
import { useCategories, useOrganizations, useStaff, useTeams } from '@/features/directory/api';
import { GROUPS, useReport, type ReportFilters } from '@/features/reports/api';
import { rowOf, tableOf, useReportFormat, useRowLabel } from '@/features/reports/format';
import { ReportTableView } from '@/features/reports/ReportTableView';
import { StaffingHeatmap } from '@/features/reports/StaffingHeatmap';
import { CHANNELS } from '@/features/tickets/filters';

const PERIODS = ['7', '30', '90', '180'] as const;
const DAY_MS = 86_400_000;
const NUMBER_FILTERS = ['team_id', 'agent_id', 'organization_id', 'category_id'] as const;

/** The period ends at the start of the next hour, so the query key holds still while it is open. */
function periodOf(days: string): { from: string; to: string } {
  const end = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  return { from: new Date(end.getTime() - Number(days) * DAY_MS).toISOString(), to: end.toISOString() };
}

function useFilters(): [ReportFilters, string, (key: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const days = PERIODS.includes(params.get('days') as (typeof PERIODS)[number]) ? (params.get('days') as string) : '30';
  const filters = useMemo(() => {
    const out: ReportFilters = periodOf(days);
    for (const key of NUMBER_FILTERS) {
      const v = Number(params.get(key));
      if (params.get(key) && Number.isSafeInteger(v)) out[key] = v;
    }
    const channel = params.get('channel');
    if (channel && (CHANNELS as string[]).includes(channel)) out.channel = channel as Channel;
    return out;
  }, [params, days]);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [filters, days, set];
}

function Kpi({
  label,
  value,
  before,
  to,
  testId,
}: {
  label: string;
  value: string;
  before: string;
  to?: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {to ? (
          <Anchor component={Link} to={to} c="inherit" underline="always">
            {label}
          </Anchor>
        ) : (
          label
        )}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {t('reports.before', { value: before })}
      </Text>
    </Paper>
  );
}

/** The supervisor's dashboard: every figure group for a period, beside the one before it. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const label = useRowLabel();
  const [filters, days, setFilter] = useFilters();
  const teams = useTeams().data ?? [];
  const staff = useStaff().data;
  const organizations = useOrganizations().data ?? [];
  const categories = useCategories().data ?? [];
  const reports = {
    times: useReport('times', filters),
    sla: useReport('sla', filters),
    backlog: useReport('backlog', filters),
    quality: useReport('quality', filters),
    volume: useReport('volume', filters),
    agents: useReport('agents', filters),
    staffing: useReport('staffing', filters),
  } satisfies Record<ReportGroup, unknown>;

  useEffect(() => {
    document.title = `${t('reports.title')} · Sportello`;
  }, [t]);

  const failed = GROUPS.map((g) => reports[g]).find((r) => r.isError);
  const pending = GROUPS.some((g) => reports[g].isPending);
  const data = (g: ReportGroup): ReportOut | undefined => reports[g].data;

  const figure = (group: ReportGroup, table: string, key: string, column: string, period: 'current' | 'previous' = 'current') =>
    rowOf(tableOf(data(group), table, period), key)?.values[column] ?? null;
  const link = (group: ReportGroup, table: string, key: string) => rowOf(tableOf(data(group), table), key)?.tickets_url;

  const select = (key: string, labelKey: string, options: { value: string; label: string }[]) => (
    <Select
      label={t(labelKey)}
      placeholder={t('reports.filters.any')}
      data={options}
      value={(filters as Record<string, unknown>)[key] !== undefined ? String((filters as Record<string, unknown>)[key]) : null}
      onChange={(v) => setFilter(key, v)}
      clearable
      searchable
      w={190}
      data-testid={`filter-${key}`}
    />
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('reports.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('reports.help')}
        </Text>
      </div>
      <Group align="flex-end" wrap="wrap" gap="sm" component="form" role="search" aria-label={t('reports.filters.title')} onSubmit={(e) => e.preventDefault()}>
        <div>
          <Text size="sm" fw={500} id="report-period">
            {t('reports.filters.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="report-period"
            value={days}
            onChange={(v) => setFilter('days', v)}
            data={PERIODS.map((p) => ({ value: p, label: t('reports.filters.days', { count: Number(p) }) }))}
          />
        </div>
        {select('team_id', 'reports.filters.team', teams.map((x) => ({ value: String(x.id), label: x.name })))}
        {select(
          'agent_id',
          'reports.filters.agent',
          [...(staff?.values() ?? [])].filter((u) => u.role !== 'customer').map((u) => ({ value: String(u.id), label: u.name })),
        )}
        {select('organization_id', 'reports.filters.organization', organizations.map((o) => ({ value: String(o.id), label: o.name })))}
        {select('category_id', 'reports.filters.category', categories.map((c) => ({ value: String(c.id), label: c.name })))}
        {select('channel', 'reports.filters.channel', CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })))}
      </Group>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => GROUPS.forEach((g) => void reports[g].refetch())} />
      ) : pending ? (
        <Loading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }}>
            <Kpi
              label={t('reports.kpi.created')}
              value={fmt.count(figure('staffing', 'staffing_summary', 'total', 'arrivals') ?? 0)}
              before={fmt.count(figure('staffing', 'staffing_summary', 'total', 'arrivals', 'previous') ?? 0)}
              to={link('staffing', 'staffing_summary', 'total')}
              testId="kpi-created"
            />
            <Kpi
              label={t('reports.kpi.firstResponse')}
              value={fmt.value('median_business_seconds', figure('times', 'times', 'first_response', 'median_business_seconds'))}
              before={fmt.value('median_business_seconds', figure('times', 'times', 'first_response', 'median_business_seconds', 'previous'))}
              to={link('times', 'times', 'first_response')}
              testId="kpi-first-response"
            />
            <Kpi
              label={t('reports.kpi.resolution')}
              value={fmt.value('median_business_seconds', figure('times', 'times', 'resolution', 'median_business_seconds'))}
              before={fmt.value('median_business_seconds', figure('times', 'times', 'resolution', 'median_business_seconds', 'previous'))}
              to={link('times', 'times', 'resolution')}
              testId="kpi-resolution"
            />
            <Kpi
              label={t('reports.kpi.sla')}
              value={fmt.value('achievement', figure('sla', 'sla', 'resolution', 'achievement'))}
              before={fmt.value('achievement', figure('sla', 'sla', 'resolution', 'achievement', 'previous'))}
              to={link('sla', 'sla', 'resolution')}
              testId="kpi-sla"
            />
            <Kpi
              label={t('reports.kpi.reopen')}
              value={fmt.value('rate', figure('quality', 'quality', 'reopen', 'rate'))}
              before={fmt.value('rate', figure('quality', 'quality', 'reopen', 'rate', 'previous'))}
              to={link('quality', 'quality', 'reopen')}
              testId="kpi-reopen"
            />
            <Kpi
              label={t('reports.kpi.satisfaction')}
              value={fmt.value('average_rating', figure('quality', 'satisfaction', 'satisfaction', 'average_rating'))}
              before={fmt.value('average_rating', figure('quality', 'satisfaction', 'satisfaction', 'average_rating', 'previous'))}
              testId="kpi-satisfaction"
            />
            <Kpi
              label={t('reports.kpi.deflection')}
              value={fmt.value('rate', figure('quality', 'quality', 'deflection', 'rate'))}
              before={fmt.value('rate', figure('quality', 'quality', 'deflection', 'rate', 'previous'))}
              testId="kpi-deflection"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby="chart-volume">
              <Title order={2} size="h5" id="chart-volume" mb="sm">
                {t('reports.tables.volume_by_day')}
              </Title>
              <AreaChart
                h={220}
                dataKey="day"
                data={(tableOf(data('volume'), 'volume_by_day')?.rows ?? []).map((r) => ({ day: r.key.slice(5), tickets: r.values.tickets ?? 0 }))}
                series={[{ name: 'tickets', label: t('reports.columns.tickets'), color: 'blue.7' }]}
                curveType="monotone"
                withDots={false}
              />
            </Paper>
            <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby="chart-sla">
              <Title order={2} size="h5" id="chart-sla" mb="sm">
                {t('reports.tables.sla_by_priority')}
              </Title>
              <BarChart
                h={220}
                dataKey="priority"
                data={(tableOf(data('sla'), 'sla_by_priority')?.rows ?? []).map((r) => ({
                  priority: label('sla_by_priority', r),
                  first_response: Math.round((r.values.first_response_achievement ?? 0) * 100),
                  resolution: Math.round((r.values.resolution_achievement ?? 0) * 100),
                }))}
                unit="%"
                series={[
                  { name: 'first_response', label: t('reports.keys.first_response'), color: 'teal.8' },
                  { name: 'resolution', label: t('reports.keys.resolution'), color: 'indigo.7' },
                ]}
                withLegend
              />
            </Paper>
            <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby="chart-backlog">
              <Title order={2} size="h5" id="chart-backlog" mb="sm">
                {t('reports.tables.backlog_by_age')}
              </Title>
              <BarChart
                h={220}
                dataKey="band"
                data={(tableOf(data('backlog'), 'backlog_by_age')?.rows ?? []).map((r) => ({ band: label('backlog_by_age', r), tickets: r.values.tickets ?? 0 }))}
                series={[{ name: 'tickets', label: t('reports.columns.tickets'), color: 'orange.8' }]}
              />
            </Paper>
            <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby="chart-agents">
              <Title order={2} size="h5" id="chart-agents" mb="sm">
                {t('reports.tables.agents')}
              </Title>
              <BarChart
                h={220}
                dataKey="agent"
                data={(tableOf(data('agents'), 'agents')?.rows ?? []).slice(0, 10).map((r) => ({
                  agent: label('agents', r),
                  resolved: r.values.resolved ?? 0,
                  open_now: r.values.open_now ?? 0,
                }))}
                series={[
                  { name: 'resolved', label: t('reports.columns.resolved'), color: 'green.8' },
                  { name: 'open_now', label: t('reports.columns.open_now'), color: 'gray.7' },
                ]}
                withLegend
              />
            </Paper>
          </SimpleGrid>
          {tableOf(data('staffing'), 'staffing') && (
            <StaffingHeatmap table={tableOf(data('staffing'), 'staffing')!} timezone={data('staffing')?.timezone ?? 'UTC'} />
          )}
          {GROUPS.map((group) => (
            <Stack gap="sm" key={group} component="section" aria-labelledby={`group-${group}`}>
              <Title order={2} size="h4" id={`group-${group}`}>
                {t(`reports.groups.${group}`)}
              </Title>
              {(data(group)?.current.tables ?? [])
                .filter((table) => table.name !== 'staffing')
                .map((table) => (
                  <ReportTableView key={table.name} group={group} report={data(group)!} table={table} filters={filters} />
                ))}
            </Stack>
          ))}
        </>
      )}
    </Stack>
  );
}
