import { Anchor, Breadcrumbs, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconBuilding, IconMail, IconMapPin, IconPhone, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PriorityBadge, StatusBadge } from '@/components/Badges';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useOrganization, useUser } from '@/features/directory/api';
import { useTicketPages } from '@/features/tickets/api';
import { useFormat } from '@/i18n/format';

/** One customer: how to reach them, where they sit, and every ticket they asked, newest first. */
export default function CustomerPage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  const { t } = useTranslation();
  const fmt = useFormat();
  const valid = Number.isSafeInteger(id) && id > 0;
  const user = useUser(valid ? id : null);
  const organization = useOrganization(user.data?.organization_id).data;
  const tickets = useTicketPages({ requester_id: id, sort: '-created', limit: 25 }, valid);
  const rows = tickets.data?.pages.flatMap((p) => p.items) ?? [];

  useEffect(() => {
    if (user.data) document.title = `${user.data.name} · Sportello`;
  }, [user.data]);

  if (!valid) return <ErrorState error={new Error('bad id')} />;
  if (user.isPending) return <Loading />;
  if (user.isError) return <ErrorState error={user.error} onRetry={() => void user.refetch()} />;
  const person = user.data;
  const department = organization?.departments.find((d) => d.id === person.department_id);
  const location = organization?.locations.find((l) => l.id === person.location_id);

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers" size="sm">{t('triage.directory.title')}</Anchor>
        <Text size="sm">{person.name}</Text>
      </Breadcrumbs>
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="customer-name" data-testid="customer-card">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={1} size="h3" id="customer-name">{person.name}</Title>
          {person.active && (
            <Button component={Link} to="/tickets/new" state={{ requester: person }} leftSection={<IconPlus size={16} aria-hidden />} variant="light" data-testid="customer-new-ticket">
              {t('triage.directory.newTicket')}
            </Button>
          )}
        </Group>
        {!person.active && <Text size="sm" c="dimmed">{t('people.inactive')}</Text>}
        <Stack gap={6} mt="sm">
          <Group gap={6} wrap="nowrap"><IconMail size={14} aria-hidden /><Anchor size="sm" href={`mailto:${person.email}`}>{person.email}</Anchor></Group>
          {person.phone && <Group gap={6} wrap="nowrap"><IconPhone size={14} aria-hidden /><Anchor size="sm" href={`tel:${person.phone}`}>{person.phone}</Anchor></Group>}
          {organization && <Group gap={6} wrap="nowrap"><IconBuilding size={14} aria-hidden /><Text size="sm">{organization.name}</Text></Group>}
          {department && <Group gap={6} wrap="nowrap"><IconSitemap size={14} aria-hidden /><Text size="sm">{department.name}</Text></Group>}
          {location && <Group gap={6} wrap="nowrap"><IconMapPin size={14} aria-hidden /><Text size="sm">{location.name}{location.address ? ` · ${location.address}` : ''}</Text></Group>}
          <Text size="sm" c="dimmed">{t('triage.directory.since', { date: fmt.date(person.created_at) })}</Text>
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="customer-tickets">
        <Title order={2} size="h4" id="customer-tickets" mb="sm">{t('triage.directory.tickets')}</Title>
        {tickets.isPending ? (
          <Loading />
        ) : tickets.isError ? (
          <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />
        ) : rows.length === 0 ? (
          <Empty title={t('triage.directory.noTickets')} />
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table highlightOnHover data-testid="customer-tickets">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('triage.directory.ticket')}</Table.Th>
                    <Table.Th>{t('ticket.status')}</Table.Th>
                    <Table.Th>{t('ticket.priority')}</Table.Th>
                    <Table.Th>{t('ticket.created')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((x) => (
                    <Table.Tr key={x.number}>
                      <Table.Td>
                        <Anchor component={Link} to={`/tickets/${x.number}`} size="sm">
                          <Text span ff="monospace" size="sm">{x.reference}</Text> {x.subject}
                        </Anchor>
                      </Table.Td>
                      <Table.Td><StatusBadge status={x.status} size="sm" /></Table.Td>
                      <Table.Td><PriorityBadge priority={x.priority} size="sm" /></Table.Td>
                      <Table.Td>{fmt.date(x.created_at)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {tickets.hasNextPage && (
              <Group justify="center" mt="sm">
                <Button variant="default" onClick={() => void tickets.fetchNextPage()} loading={tickets.isFetchingNextPage} data-testid="more-tickets">
                  {t('triage.loadMore')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Card>
    </Stack>
  );
}
