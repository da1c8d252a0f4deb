import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MetricInstanceOut, SlaChangeOut, TicketSlaReport } from '@/api/generated';
import { ErrorState, Loading } from '@/components/States';
import { useFormat } from '@/i18n/format';
import { useTicketSla } from './api';
import { span } from './words';

const STATUS_COLOUR: Record<MetricInstanceOut['status'], string> = {
  active: 'teal',
  paused: 'gray',
  achieved: 'green',
  breached: 'red',
  cancelled: 'gray',
  not_started: 'gray',
};

/** The ticket's SLA in sentences: which policy, each clock, and why a target moved. */
export function SlaPanel({ number, version }: { number: number; version: number }) {
  const { t } = useTranslation();
  const report = useTicketSla(number, version);
  return (
    <Card withBorder radius="md" data-testid="sla-report">
      <Title order={2} size="h5" mb="xs">{t('sla.report.title')}</Title>
      {report.isPending ? <Loading /> : report.isError ? <ErrorState error={report.error} /> : <SlaReportView report={report.data} />}
    </Card>
  );
}

export function SlaReportView({ report }: { report: TicketSlaReport }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const policy = report.policy;
  if (!policy) return <Text size="sm" c="dimmed">{t('sla.report.noPolicy')}</Text>;
  const basis = policy.calendar_name
    ? t('sla.report.businessHours', { calendar: policy.calendar_name, zone: policy.zone })
    : t('sla.report.wallClock');
  const shown = report.instances.filter((i) => i.target_seconds !== null);
  return (
    <Stack gap="xs">
      <Text size="sm">{t('sla.report.policy', { name: policy.name, version: policy.version, basis })}</Text>
      <List spacing={6} size="sm" listStyleType="none" pl={0}>
        {shown.map((i) => (
          <List.Item key={`${i.metric}-${i.n}`} data-testid="sla-instance" data-metric={i.metric} data-status={i.status}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge size="sm" variant="light" color={STATUS_COLOUR[i.status]} tt="none" miw={84}>{t(`sla.status.${i.status}`)}</Badge>
              <Text size="sm">{sentence(i, t, fmt, basis, policy.name, policy.version)}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {report.changes.some(shownChange) && (
        <>
          <Text size="sm" fw={600} mt="xs">{t('sla.report.changes')}</Text>
          <List spacing={4} size="sm">
            {report.changes.filter(shownChange).map((c, index) => (
              <List.Item key={index} data-testid="sla-change">{change(c, t, fmt)}</List.Item>
            ))}
          </List>
        </>
      )}
      {report.next_due_at && Date.parse(report.next_due_at) <= Date.parse(report.now) && (
        <Alert color="red" variant="light" role="status" p="xs">{t('sla.report.overdue')}</Alert>
      )}
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
type Fmt = ReturnType<typeof useFormat>;

function metricName(i: { metric: string | null; n: number | null }, t: T): string {
  const name = t(`sla.metric.${i.metric}`);
  return i.metric === 'first_reply' || i.metric === 'resolution' || i.n === null ? name : `${name} #${i.n}`;
}

function sentence(i: MetricInstanceOut, t: T, fmt: Fmt, basis: string, name: string, version: number): string {
  const metric = metricName(i, t);
  const of = { elapsed: span(i.elapsed_seconds, t), target: span(i.target_seconds ?? 0, t) };
  switch (i.status) {
    case 'active': {
      const left = i.remaining_seconds ?? 0;
      return t('sla.report.active', { metric, span: span(left, t), at: i.due_at ? fmt.dateTime(i.due_at) : '', basis, name, version, ...of });
    }
    case 'paused': {
      const pause = i.paused[i.paused.length - 1];
      return t('sla.report.paused', {
        metric,
        status: t(`status.${pause?.status ?? 'pending'}`),
        since: pause ? fmt.dateTime(pause.start_at) : '',
        span: span(i.remaining_seconds ?? 0, t),
      });
    }
    case 'achieved':
      return t('sla.report.achieved', { metric, at: i.stopped_at ? fmt.dateTime(i.stopped_at) : '', ...of });
    case 'breached':
      return i.stopped_at
        ? t('sla.report.breachedThenDone', { metric, at: i.due_at ? fmt.dateTime(i.due_at) : '', done: fmt.dateTime(i.stopped_at), ...of })
        : t('sla.report.breached', { metric, at: i.due_at ? fmt.dateTime(i.due_at) : '', ...of });
    case 'cancelled':
      return t('sla.report.cancelled', { metric });
    default:
      return t('sla.report.notStarted', { metric, target: of.target });
  }
}

function shownChange(c: SlaChangeOut): boolean {
  return c.metric !== null || c.cause === 'policy_applied';
}

function change(c: SlaChangeOut, t: T, fmt: Fmt): string {
  const at = fmt.dateTime(c.at);
  if (c.cause === 'policy_applied' && c.metric === null) {
    const [id, version] = (c.value ?? '').split(':');
    return c.value ? t('sla.change.policy', { id, version, at }) : t('sla.change.noPolicy', { at });
  }
  const metric = metricName(c, t);
  const targets = {
    from: c.from_target_seconds === null ? t('sla.change.noTarget') : span(c.from_target_seconds, t),
    to: c.to_target_seconds === null ? t('sla.change.noTarget') : span(c.to_target_seconds, t),
  };
  const base =
    c.cause === 'priority_changed'
      ? t('sla.change.priority', { metric, priority: t(`priority.${c.value}`), at, ...targets })
      : c.cause === 'reopened'
        ? t('sla.change.reopened', { metric, at })
        : c.cause === 'resolved'
          ? t('sla.change.resolved', { metric, at })
          : t('sla.change.moved', { metric, at, ...targets });
  return c.breached ? `${base} ${t('sla.change.breachedAtChange')}` : base;
}
