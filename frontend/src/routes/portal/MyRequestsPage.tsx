import { Button, Card, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import type { ClosureCode } from '@/api/generated';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/Badges';
import { Empty, ErrorState, Loading } from '@/components/States';
import { PortalBulletins } from '@/features/bulletins';
import { useTicketPages, type TicketQuery } from '@/features/tickets/api';
import { useFormat } from '@/i18n/format';
import { OPEN_STATUSES } from '@/lib/lifecycle';
import { CLOSURE_CODES } from '@/features/tickets/filters';

export default function MyRequestsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [scope, setScope] = useState<'active' | 'all'>('active');
  const [closure, setClosure] = useState<ClosureCode | null>(null);
  const query: TicketQuery =
    scope === 'active'
      ? { status: [...OPEN_STATUSES, 'resolved'], sort: '-updated' }
      : { sort: '-updated', ...(closure ? { closure: [closure] } : {}) };
  const pages = useTicketPages(query);
  const tickets = useMemo(() => pages.data?.pages.flatMap((p) => p.items) ?? [], [pages.data]);

  useEffect(() => {
    document.title = `${t('portal.myRequests')} · Sportello`;
  }, [t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">{t('portal.myRequests')}</Title>
        <Button component={Link} to="/portal/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('portal.newRequest.title')}</Button>
      </Group>
      <PortalBulletins />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('portal.show')}
          value={scope}
          onChange={(v) => setScope(v as 'active' | 'all')}
          data={[
            { value: 'active', label: t('portal.active') },
            { value: 'all', label: t('portal.all') },
          ]}
          w="fit-content"
        />
        {scope === 'all' && (
          <Select
            aria-label={t('closure.filter')}
            placeholder={t('closure.filter')}
            data={CLOSURE_CODES.map((c) => ({ value: c, label: t(`closure.code.${c}`) }))}
            value={closure}
            onChange={(v) => setClosure(v as ClosureCode | null)}
            clearable
            size="sm"
            data-testid="portal-closure-filter"
          />
        )}
      </Group>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : tickets.length === 0 ? (
        <Card withBorder radius="md"><Empty title={t('portal.noRequests')}>{t('portal.noRequestsHelp')}</Empty></Card>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('portal.myRequests')}>
          {tickets.map((ticket) => (
            <li key={ticket.number}>
              <Card withBorder radius="md" padding="md" component={Link} to={`/portal/requests/${ticket.number}`} data-testid="request-card">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" ff="monospace" c="dimmed">{ticket.reference}</Text>
                    <Text fw={600} lineClamp={2}>{ticket.subject}</Text>
                    <Text size="sm" c="dimmed">{t('portal.updated', { when: fmt.relative(ticket.updated_at) })}</Text>
                  </div>
                  <StatusBadge status={ticket.status} style={{ flexShrink: 0 }} />
                </Group>
              </Card>
            </li>
          ))}
        </Stack>
      )}
      {pages.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>{t('queue.loadMore')}</Button>
        </Group>
      )}
    </Stack>
  );
}
