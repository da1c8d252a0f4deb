import { Badge, Box, Button, Collapse, Group, Kbd, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys, useLocalStorage } from '@mantine/hooks';
import { notify } from '@/components/notify';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { TicketOut } from '@/api/generated';
import { PriorityBadge, StatusBadge } from '@/components/Badges';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useAssign } from '@/features/assignment/api';
import { AssignDialog } from '@/features/assignment/AssignDialog';
import { teamForTake } from '@/features/assignment/take';
import { useMe } from '@/features/auth/api';
import { useStaff, useTeams } from '@/features/directory/api';
import { KnowledgeBulletins } from '@/features/knowledge';
import { isStaffView, useTicketPages, type TicketQuery } from '@/features/tickets/api';
import { activeFilterCount, filtersFromParams, paramsFromFilters, SORTS } from '@/features/tickets/filters';
import { isQueue, myTeams, queueQuery, usesTeam, withFilters, type QueueId } from '@/features/tickets/queues';
import { ShortcutsHelp } from '@/features/tickets/ShortcutsHelp';
import { SlaBadge } from '@/features/sla/SlaBadge';
import { useFormat } from '@/i18n/format';

const QueueFilters = lazy(() => import('./QueueFilters'));

export default function QueuePage() {
  const { queue } = useParams();
  if (!isQueue(queue)) return <Navigate to="/queue/mine" replace />;
  return <Queue key={queue} queue={queue} />;
}

function Queue({ queue }: { queue: QueueId }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const me = useMe().data;
  const teams = useTeams().data;
  const staff = useStaff().data;
  const teamsOfMine = useMemo(() => myTeams(teams, me?.id), [teams, me?.id]);
  const [storedTeam, setStoredTeam] = useLocalStorage<string>({ key: 'sportello.queue-team', defaultValue: '' });
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [search, setSearch] = useState(filters.q ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [active, setActive] = useState(0);
  const [dialog, setDialog] = useState<{ ticket: TicketOut; mode: 'assign' } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);

  // The unassigned queue starts with every team and the triage queue (new tickets have no team).
  const chosenTeam = teamsOfMine.find((x) => String(x.id) === storedTeam);
  const teamChoice = !usesTeam(queue)
    ? null
    : queue === 'unassigned'
      ? (chosenTeam?.id ?? null)
      : ((chosenTeam ?? teamsOfMine[0])?.id ?? null);
  const teamReady = !usesTeam(queue) || teams !== undefined;
  const query: TicketQuery = withFilters(queueQuery(queue, teamChoice), filters);
  const pages = useTicketPages(query, teamReady && me !== undefined);
  const tickets = useMemo(() => pages.data?.pages.flatMap((p) => p.items).filter(isStaffView) ?? [], [pages.data]);
  const hasMore = pages.hasNextPage;
  const take = useAssign(tickets[active]?.number ?? 0);

  useEffect(() => {
    document.title = `${t(`queue.${queue}.title`)} · Sportello`;
  }, [t, queue]);

  useEffect(() => {
    if (debouncedSearch === (filters.q ?? '')) return;
    const next = paramsFromFilters({ ...filters, q: debouncedSearch.trim() || undefined });
    setParams(next, { replace: true });
  }, [debouncedSearch, filters, setParams]);

  useEffect(() => {
    setActive((i) => Math.min(i, Math.max(tickets.length - 1, 0)));
  }, [tickets.length]);

  const move = (delta: number) => {
    if (!tickets.length) return;
    const next = Math.max(0, Math.min(tickets.length - 1, active + delta));
    if (delta > 0 && next === tickets.length - 1 && hasMore && !pages.isFetchingNextPage) void pages.fetchNextPage();
    setActive(next);
    rowRefs.current[next]?.focus();
  };
  const open = (ticket: TicketOut | undefined, compose?: 'reply') => {
    if (ticket) navigate(`/tickets/${ticket.number}${compose ? '?compose=reply' : ''}`);
  };
  const takeActive = () => {
    const ticket = tickets[active];
    if (!ticket || !me || !teams) return;
    const teamId = teamForTake(ticket, me, teams);
    if (teamId === null) {
      notify({ color: 'red', message: t('ticket.noTeam') });
      return;
    }
    take.mutate(
      { teamId, agentId: me.id },
      {
        onSuccess: () => notify({ color: 'green', message: t('ticket.taken', { reference: ticket.reference }) }),
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );
  };

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['ArrowDown', () => move(1)],
    ['ArrowUp', () => move(-1)],
    ['Enter', () => open(tickets[active])],
    ['o', () => open(tickets[active])],
    ['r', () => open(tickets[active], 'reply')],
    ['a', () => tickets[active] && setDialog({ ticket: tickets[active], mode: 'assign' })],
    ['t', takeActive],
    ['/', () => searchRef.current?.focus()],
  ]);

  const teamLabel = (id: number | null) => teams?.find((x) => x.id === id)?.name;
  const agentLabel = (id: number | null) => (id === null ? null : (staff?.get(id)?.name ?? `#${id}`));
  const filterCount = activeFilterCount(filters);
  const countText = pages.isSuccess
    ? hasMore
      ? t('queue.countMore', { count: tickets.length, shown: fmt.number(tickets.length) })
      : t('queue.count', { count: tickets.length, shown: fmt.number(tickets.length) })
    : '';

  return (
    <Stack gap="md">
      <KnowledgeBulletins />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">{t(`queue.${queue}.title`)}</Title>
          <Text c="dimmed" size="sm">{t(`queue.${queue}.help`)}</Text>
        </div>
        <Group gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="queue-count">{countText}</Text>
          <ShortcutsHelp />
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" wrap="wrap">
          <TextInput
            ref={searchRef}
            aria-label={t('queue.search')}
            placeholder={t('queue.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
            rightSection={<Kbd size="xs">/</Kbd>}
          />
          {usesTeam(queue) && teamsOfMine.length > 0 && (
            <SegmentedControl
              aria-label={t('queue.teamScope')}
              data={[
                ...(queue === 'unassigned' ? [{ value: 'all', label: t('queue.allTeams') }] : []),
                ...teamsOfMine.map((x) => ({ value: String(x.id), label: x.name })),
              ]}
              value={teamChoice === null ? 'all' : String(teamChoice)}
              onChange={setStoredTeam}
            />
          )}
          <Select
            aria-label={t('queue.sort')}
            data={SORTS.map((s) => ({ value: s, label: s === 'sla_due_at' ? t('sla.sort') : t(`sort.${s}`) }))}
            value={filters.sort ?? 'priority'}
            onChange={(v) => setParams(paramsFromFilters({ ...filters, sort: (v ?? undefined) as TicketQuery['sort'] }))}
            allowDeselect={false}
            w={250}
          />
          <Button
            variant={filtersOpen || filterCount ? 'light' : 'default'}
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={toggleFilters}
            aria-expanded={filtersOpen}
          >
            {t('queue.filters')}
            {filterCount > 0 && <Badge ml={6} size="sm" circle>{filterCount}</Badge>}
          </Button>
        </Group>
        <Collapse in={filtersOpen}>
          <Box pt="md">
            {filtersOpen && (
              <Suspense fallback={<Loading />}>
                <QueueFilters
                  value={filters}
                  onApply={(f) => setParams(paramsFromFilters({ ...f, q: filters.q, sort: filters.sort }))}
                />
              </Suspense>
            )}
          </Box>
        </Collapse>
      </Paper>

      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : tickets.length === 0 ? (
        <Paper withBorder radius="md">
          <Empty title={t('queue.empty')}>{t(`queue.${queue}.empty`)}</Empty>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={880}>
            <Table highlightOnHover verticalSpacing="xs" aria-label={t(`queue.${queue}.title`)} data-testid="queue-table">
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th>{t('ticket.reference')}</Table.Th>
                  <Table.Th>{t('ticket.subject')}</Table.Th>
                  <Table.Th>{t('ticket.status')}</Table.Th>
                  <Table.Th>{t('ticket.priority')}</Table.Th>
                  <Table.Th>{t('sla.queue.column')}</Table.Th>
                  <Table.Th>{t('ticket.assignee')}</Table.Th>
                  <Table.Th>{t('ticket.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tickets.map((ticket, index) => (
                  <Table.Tr
                    key={ticket.number}
                    ref={(el) => {
                      rowRefs.current[index] = el;
                    }}
                    className="queue-row"
                    data-active={index === active}
                    aria-selected={index === active}
                    tabIndex={index === active ? 0 : -1}
                    onClick={() => open(ticket)}
                    onFocus={() => setActive(index)}
                    data-testid="queue-row"
                    data-number={ticket.number}
                  >
                    <Table.Td>
                      <Text size="sm" ff="monospace" fw={600}>{ticket.reference}</Text>
                    </Table.Td>
                    <Table.Td maw={420}>
                      <Text size="sm" fw={500} lineClamp={1}>{ticket.subject}</Text>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {ticket.requester.name} · {t(`type.${ticket.type}`)} · {t(`channel.${ticket.channel}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td><StatusBadge status={ticket.status} /></Table.Td>
                    <Table.Td><PriorityBadge priority={ticket.priority} /></Table.Td>
                    <Table.Td><SlaBadge state={ticket.sla} /></Table.Td>
                    <Table.Td>
                      <Text size="sm">{agentLabel(ticket.assignee_id) ?? <Text span c="dimmed" size="sm">{t('ticket.unassigned')}</Text>}</Text>
                      <Text size="xs" c="dimmed">{teamLabel(ticket.team_id) ?? t('ticket.triage')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={fmt.dateTime(ticket.updated_at)}>
                        <Text size="sm" c="dimmed">{fmt.relative(ticket.updated_at)}</Text>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {hasMore && (
        <Group justify="center">
          <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('queue.loadMore')}
          </Button>
        </Group>
      )}
      {dialog && <AssignDialog ticket={dialog.ticket} mode={dialog.mode} opened onClose={() => setDialog(null)} />}
    </Stack>
  );
}
