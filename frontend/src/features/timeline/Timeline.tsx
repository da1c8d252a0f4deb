import { ActionIcon, Badge, Box, Group, Paper, Text, ThemeIcon, Timeline as MantineTimeline, Tooltip } from '@mantine/core';
import { notify } from '@/components/notify';
import {
  IconArrowBackUp,
  IconArrowUpRight,
  IconCircleCheck,
  IconDownload,
  IconFlag,
  IconLock,
  IconMessage,
  IconPaperclip,
  IconPencil,
  IconPoint,
  IconUserCheck,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttachmentOut, TicketEventOut } from '@/api/generated';
import { Markdown } from '@/components/Markdown';
import { errorMessage } from '@/components/States';
import { downloadAttachment } from '@/features/attachments/api';
import { useFormat } from '@/i18n/format';
import type { TimelineItem } from '@/lib/timeline';

export interface TimelineNames {
  person: (id: number | null) => string;
  team: (id: number | null) => string;
  /** A stored id (category, requester, department...) as a name, where the page knows it. */
  value?: (field: string, raw: string) => string | undefined;
}

const VALUE_NAMESPACES: Record<string, string> = {
  status: 'status',
  priority: 'priority',
  impact: 'level',
  urgency: 'level',
  type: 'type',
};

function value(t: TFunction, field: string | null, raw: string | null): string {
  if (raw === null || raw === '') return t('event.none');
  const namespace = field ? VALUE_NAMESPACES[field] : undefined;
  return namespace ? t(`${namespace}.${raw}`, { defaultValue: raw }) : raw;
}

function num(data: TicketEventOut['data'], key: string): number | null {
  const v = data?.[key];
  return typeof v === 'number' ? v : null;
}

export function describeEvent(t: TFunction, event: TicketEventOut, names: TimelineNames): string {
  const actor = names.person(event.actor_id);
  const named = (raw: string | null) =>
    (event.field && raw ? names.value?.(event.field, raw) : undefined) ?? value(t, event.field, raw);
  const from = named(event.from_value);
  const to = named(event.to_value);
  switch (event.kind) {
    case 'created':
      return t('event.created', { actor, channel: t(`channel.${event.channel ?? 'web'}`, { defaultValue: event.channel }) });
    case 'status_changed':
      if (typeof event.data?.closure === 'string' && event.data.closure !== 'resolved') {
        return t('closure.event.closedAs', { actor, code: t(`closure.code.${event.data.closure}`, { defaultValue: event.data.closure }) });
      }
      return event.data?.automatic ? t('event.statusAutomatic', { from, to }) : t('event.status', { actor, from, to });
    case 'reopened':
      return t('event.reopened', { actor });
    case 'priority_changed':
      return event.data?.override ? t('event.priorityOverride', { actor, from, to }) : t('event.priority', { actor, from, to });
    case 'assigned': {
      const agent = num(event.data, 'to_agent_id');
      const team = names.team(num(event.data, 'to_team_id'));
      // Routing acts in the name of whoever opened or changed the ticket: say it was routing.
      if (event.data?.rule_id != null || event.data?.category_default) {
        return agent === null ? t('routing.routedTeam', { team }) : t('routing.routed', { team, agent: names.person(agent) });
      }
      return agent === null ? t('event.assignedTeam', { actor, team }) : t('event.assigned', { actor, team, agent: names.person(agent) });
    }
    case 'unassigned':
      return t('event.unassigned', { actor });
    case 'escalation':
    case 'de_escalation':
    case 'transfer':
      return t(`event.${event.kind}`, { actor, from: event.from_value ?? t('ticket.triage'), to: event.to_value ?? '' });
    case 'attachment_added':
      return t('event.attachment', { actor, file: event.to_value ?? '' });
    case 'bulletin_linked':
    case 'bulletin_unlinked':
    case 'bulletin_resolved':
      return t(`bulletins.event.${event.kind}`, { actor, title: event.to_value ?? '' });
    case 'escalation_rule_notified':
      return t('escalation.event.notified', { rule: String(event.data?.rule_name ?? ''), person: names.person(num(event.data, 'recipient_id')) });
    case 'rated': {
      const rating = (n: number | null) => (n === null ? '' : t(`satisfaction.rating.${n}`, { defaultValue: String(n) }));
      const previous = num(event.data, 'previous');
      return previous === null
        ? t('satisfaction.event.rated', { actor, rating: rating(num(event.data, 'rating')) })
        : t('satisfaction.event.rerated', { actor, from: rating(previous), to: rating(num(event.data, 'rating')) });
    }
    case 'rating_commented':
      return t('satisfaction.event.commented', { actor });
    case 'sla_policy_applied':
      return event.data?.policy_id
        ? t('sla.event.applied', {
            name: typeof event.data.name === 'string' ? event.data.name : `#${num(event.data, 'policy_id')}`,
            version: num(event.data, 'version'),
          })
        : t('sla.event.none');
    case 'sla_warning':
    case 'sla_breached':
      return t(event.kind === 'sla_warning' ? 'sla.event.warning' : 'sla.event.breached', {
        metric: t(`sla.metric.${String(event.data?.metric ?? '')}`),
      });
    default:
      if (event.field) return t('event.field', { actor, field: t(`field.${event.field}`, { defaultValue: t(`triage.field.${event.field}`, { defaultValue: event.field }) }), from, to });
      return t(`closure.event.${event.kind}`, { actor, from: event.from_value ?? '', to: event.to_value ?? '', defaultValue: t('event.other', { actor, kind: event.kind }) });
  }
}

function eventIcon(kind: string) {
  if (kind === 'created') return IconFlag;
  if (kind === 'status_changed' || kind === 'reopened') return IconCircleCheck;
  if (kind === 'assigned' || kind === 'unassigned') return IconUserCheck;
  if (kind === 'escalation' || kind === 'de_escalation' || kind === 'transfer') return IconArrowUpRight;
  if (kind === 'attachment_added') return IconPaperclip;
  if (kind.endsWith('_changed')) return IconPencil;
  return IconPoint;
}

function AttachmentChip({ number, attachment }: { number: number; attachment: AttachmentOut }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const download = () =>
    downloadAttachment(number, attachment.id, attachment.filename).catch((error: unknown) =>
      notify({ color: 'red', message: errorMessage(error, t) }),
    );
  return (
    <Paper withBorder px="xs" py={4} radius="sm" bg="white">
      <Group gap={6} wrap="nowrap">
        <IconPaperclip size={14} aria-hidden />
        <Text size="sm" lineClamp={1} maw={260}>{attachment.filename}</Text>
        <Text size="xs" c="dimmed">{fmt.bytes(attachment.size)}</Text>
        <Tooltip label={t('attachments.download')}>
          <ActionIcon size="sm" variant="subtle" onClick={download} aria-label={t('attachments.downloadNamed', { name: attachment.filename })}>
            <IconDownload size={14} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}

/**
 * The ticket's story: replies, internal notes (striped amber, with a lock and a label that
 * says the customer cannot see them) and history events, oldest first.
 */
export function Timeline({
  number,
  items,
  names,
  viewerId,
  customerView = false,
}: {
  number: number;
  items: TimelineItem[];
  names: TimelineNames;
  viewerId: number;
  customerView?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!items.length) return <Text c="dimmed" size="sm">{t('timeline.empty')}</Text>;
  return (
    <MantineTimeline bulletSize={26} lineWidth={2} data-testid="timeline">
      {items.map((item) => {
        if (item.kind === 'event') {
          const Icon = eventIcon(item.event.kind);
          return (
            <MantineTimeline.Item
              key={item.key}
              bullet={<ThemeIcon size={22} radius="xl" variant="light" color="gray"><Icon size={13} aria-hidden /></ThemeIcon>}
              data-testid="timeline-event"
            >
              <Text size="sm">{describeEvent(t, item.event, names)}</Text>
              {item.event.note && item.event.kind !== 'created' && (
                <Text size="sm" c="dimmed" fs="italic">“{item.event.note}”</Text>
              )}
              {typeof item.event.data?.rule_name === 'string' && !item.event.note && (
                <Text size="sm" c="dimmed" data-testid="routing-rule">{t('routing.byRule', { name: item.event.data.rule_name })}</Text>
              )}
              {item.attachment && <Box mt={4}><AttachmentChip number={number} attachment={item.attachment} /></Box>}
              <Text size="xs" c="dimmed">{fmt.dateTime(item.at)}</Text>
            </MantineTimeline.Item>
          );
        }
        const { comment } = item;
        const mine = comment.author_id === viewerId;
        const fromCustomer = comment.author_role === 'customer';
        const author = customerView
          ? mine ? t('timeline.you') : fromCustomer ? names.person(comment.author_id) : t('timeline.supportTeam')
          : names.person(comment.author_id);
        return (
          <MantineTimeline.Item
            key={item.key}
            bullet={
              <ThemeIcon size={26} radius="xl" color={comment.internal ? 'amber' : fromCustomer ? 'teal' : 'blue'}>
                {comment.internal ? <IconLock size={14} aria-hidden /> : fromCustomer ? <IconMessage size={14} aria-hidden /> : <IconArrowBackUp size={14} aria-hidden />}
              </ThemeIcon>
            }
          >
            <Paper
              p="sm"
              radius="md"
              className={comment.internal ? 'note-internal' : fromCustomer ? 'note-customer' : 'note-public'}
              data-testid={comment.internal ? 'internal-note' : 'public-reply'}
              aria-label={comment.internal ? t('timeline.internalNote') : t('timeline.publicReply')}
            >
              <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
                <Group gap={8}>
                  <Text fw={600} size="sm">{author}</Text>
                  {comment.internal ? (
                    <Badge color="amber" variant="filled" leftSection={<IconLock size={11} aria-hidden />}>
                      {t('timeline.internalBadge')}
                    </Badge>
                  ) : (
                    !customerView && <Badge color={fromCustomer ? 'teal' : 'blue'} variant="light">{fromCustomer ? t('timeline.fromCustomer') : t('timeline.publicBadge')}</Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">{fmt.dateTime(comment.created_at)} · {t(`channel.${comment.channel}`)}</Text>
              </Group>
              <Markdown source={comment.body} />
              {item.attachments.length > 0 && (
                <Group gap="xs" mt="xs">
                  {item.attachments.map((a) => <AttachmentChip key={a.id} number={number} attachment={a} />)}
                </Group>
              )}
            </Paper>
          </MantineTimeline.Item>
        );
      })}
    </MantineTimeline>
  );
}
