import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconMail, IconMapPin, IconPhone, IconSitemap } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CategoryOut, TicketOut } from '@/api/generated';
import { StatusBadge } from '@/components/Badges';
import { useOrganization, useUser } from '@/features/directory/api';
import { useFormat } from '@/i18n/format';
import { detailText } from '@/lib/details';
import { useTicketList } from './api';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="sm" ta="right" component="div" style={{ wordBreak: 'break-word' }}>{children}</Text>
    </Group>
  );
}

export function categoryPath(categories: readonly CategoryOut[], id: number | null): string | null {
  if (id === null) return null;
  const names: string[] = [];
  let current = categories.find((c) => c.id === id);
  for (let guard = 0; current && guard < 10; guard++) {
    names.unshift(current.name);
    const parent: number | null = current.parent_id;
    current = parent === null ? undefined : categories.find((c) => c.id === parent);
  }
  return names.length ? names.join(' › ') : `#${id}`;
}

export function DetailsCard({
  ticket,
  categories,
  teamName,
  assigneeName,
}: {
  ticket: TicketOut;
  categories: readonly CategoryOut[];
  teamName: string | null;
  assigneeName: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const category = categories.find((c) => c.id === ticket.category_id);
  const labels = new Map(category?.fields.map((f) => [f.key, f]) ?? []);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="details-title">
      <Title order={2} size="h5" id="details-title" mb="sm">{t('ticket.details')}</Title>
      <Stack gap={6}>
        <Row label={t('ticket.type')}>{t(`type.${ticket.type}`)}</Row>
        <Row label={t('ticket.channel')}>{t(`channel.${ticket.channel}`)}</Row>
        <Row label={t('ticket.category')}>{categoryPath(categories, ticket.category_id) ?? t('ticket.noCategory')}</Row>
        {Object.entries(ticket.details).map(([key, value]) => {
          const field = labels.get(key);
          const text = typeof value === 'boolean' ? (value ? t('common.yes') : t('common.no')) : detailText(value);
          return <Row key={key} label={field?.label ?? key}>{text}</Row>;
        })}
        <Row label={t('ticket.impact')}>{t(`level.${ticket.impact}`)}</Row>
        <Row label={t('ticket.urgency')}>{t(`level.${ticket.urgency}`)}</Row>
        {ticket.priority_overridden && ticket.priority_reason && (
          <Row label={t('ticket.priorityReason')}>{ticket.priority_reason}</Row>
        )}
        <Row label={t('ticket.team')}>{teamName ?? t('ticket.triage')}</Row>
        <Row label={t('ticket.assignee')}>{assigneeName ?? t('ticket.unassigned')}</Row>
        <Row label={t('ticket.created')}>{fmt.dateTime(ticket.created_at)}</Row>
        <Row label={t('ticket.updated')}>{fmt.dateTime(ticket.updated_at)}</Row>
        {ticket.first_response_at && <Row label={t('ticket.firstResponse')}>{fmt.dateTime(ticket.first_response_at)}</Row>}
        {ticket.resolved_at && <Row label={t('ticket.resolvedAt')}>{fmt.dateTime(ticket.resolved_at)}</Row>}
        {ticket.tags.length > 0 && (
          <Row label={t('ticket.tags')}>
            <Group gap={4} justify="flex-end">{ticket.tags.map((tag) => <Badge key={tag} variant="outline" color="gray" tt="none">{tag}</Badge>)}</Group>
          </Row>
        )}
      </Stack>
    </Card>
  );
}

/** Who asked, where they sit, and what they asked before. */
export function RequesterCard({ ticket }: { ticket: TicketOut }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useUser(ticket.requester.id).data;
  const organization = useOrganization(ticket.organization_id).data;
  const previous = useTicketList({ requester_id: ticket.requester.id, sort: '-created', limit: 6 });
  const department = organization?.departments.find((d) => d.id === ticket.department_id);
  const location = organization?.locations.find((l) => l.id === ticket.location_id);
  const others = (previous.data?.items ?? []).filter((x) => x.number !== ticket.number).slice(0, 5);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="requester-title" data-testid="requester-card">
      <Title order={2} size="h5" id="requester-title" mb="sm">{t('requester.title')}</Title>
      <Stack gap={6}>
        <Text fw={600}>{ticket.requester.name}</Text>
        <Group gap={6} wrap="nowrap"><IconMail size={14} aria-hidden /><Anchor size="sm" href={`mailto:${ticket.requester.email}`}>{ticket.requester.email}</Anchor></Group>
        {user?.phone && <Group gap={6} wrap="nowrap"><IconPhone size={14} aria-hidden /><Anchor size="sm" href={`tel:${user.phone}`}>{user.phone}</Anchor></Group>}
        {organization && <Group gap={6} wrap="nowrap"><IconBuilding size={14} aria-hidden /><Text size="sm">{organization.name}</Text></Group>}
        {department && <Group gap={6} wrap="nowrap"><IconSitemap size={14} aria-hidden /><Text size="sm">{department.name}</Text></Group>}
        {location && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconMapPin size={14} aria-hidden style={{ marginTop: 3 }} />
            <Text size="sm">{location.name}{location.address ? ` · ${location.address}` : ''}</Text>
          </Group>
        )}
      </Stack>
      <Text size="sm" fw={600} mt="md" mb={4}>{t('requester.previous')}</Text>
      {previous.isPending ? (
        <Text size="sm" c="dimmed">{t('common.loading')}</Text>
      ) : others.length === 0 ? (
        <Text size="sm" c="dimmed">{t('requester.noPrevious')}</Text>
      ) : (
        <Stack gap={6}>
          {others.map((x) => (
            <div key={x.number}>
              <Anchor component={Link} to={`/tickets/${x.number}`} size="sm" lineClamp={1}>
                <Text span ff="monospace" size="sm">{x.reference}</Text> {x.subject}
              </Anchor>
              <Group gap={6} wrap="nowrap">
                <StatusBadge status={x.status} size="xs" />
                <Text size="xs" c="dimmed">{fmt.date(x.created_at)}</Text>
              </Group>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
