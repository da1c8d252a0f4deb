import { Alert, Anchor, Box, Breadcrumbs, Button, Grid, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notify } from '@/components/notify';
import { IconAlertTriangle, IconArrowUpRight, IconChevronDown, IconCircleX, IconFlag, IconGitMerge, IconHandGrab, IconPencil, IconRefresh, IconUserPlus, IconUserX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PriorityBadge, StatusBadge } from '@/components/Badges';
import { Markdown, preloadMarkdown } from '@/components/Markdown';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useAssign, useUnassign } from '@/features/assignment/api';
import { AssignDialog } from '@/features/assignment/AssignDialog';
import { teamForTake } from '@/features/assignment/take';
import { useAttachments } from '@/features/attachments/api';
import { CloseDialog, ClosureNotice, LinksPanel, WatchersPanel } from '@/features/closure';
import { TicketBulletin } from '@/features/bulletins';
import { useMe } from '@/features/auth/api';
import { AgentSatisfaction } from '@/features/satisfaction';
import type { CommentOut } from '@/api/generated';
import { useComments } from '@/features/comments/api';
import { Composer, type ComposerHandle } from '@/features/comments/Composer';
import { useCategories, useOrganizations, useStaff, useTeams } from '@/features/directory/api';
import { ArticleSuggestions } from '@/features/knowledge';
import { PresenceBar, useLiveStrings, usePresence, useReplyGuard } from '@/features/live';
import { invalidateTicket, isStaffView, useTicket } from '@/features/tickets/api';
import { useEvents } from '@/features/tickets/events';
import { PriorityDialog } from '@/features/tickets/PriorityDialog';
import { ShortcutsHelp } from '@/features/tickets/ShortcutsHelp';
import { loadStrings } from '@/i18n';
import { StatusActions } from '@/features/tickets/StatusActions';
import { categoryPath, DetailsCard, RequesterCard } from '@/features/tickets/TicketSidebar';
import { Timeline } from '@/features/timeline/Timeline';
import { useFormat } from '@/i18n/format';
import { screen } from '@/lib/screen';
import { mergeTimeline } from '@/lib/timeline';

// Only agents who reclassify need the editor (pickers, tags input, detail fields).
const TriageForm = screen(() => import('@/features/tickets/TriageForm').then((m) => ({ default: m.TriageForm })));
// The SLA report is its own chunk: the ticket screen's first paint does not wait for it.
const SlaPanel = lazy(() =>
  Promise.all([import('@/features/sla/SlaReport'), loadStrings(['slaReport'])]).then(([m]) => ({ default: m.SlaPanel })),
);

export default function TicketPage() {
  const { number: raw } = useParams();
  const number = Number(raw);
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const ticketQuery = useTicket(number);
  const comments = useComments(number);
  const events = useEvents(number);
  const attachments = useAttachments(number);
  const teams = useTeams().data ?? [];
  const staff = useStaff().data;
  const categories = useCategories(true).data ?? [];
  const organizations = useOrganizations().data;
  const assign = useAssign(number);
  const unassign = useUnassign(number);
  const [dialog, setDialog] = useState<'assign' | 'escalate' | 'priority' | 'close' | 'merge' | null>(null);
  const mergedFrom = (useLocation().state as { mergedFrom?: string } | null)?.mergedFrom;
  const [conflict, setConflict] = useState(false);
  // The agent's reloads from the conflict notice: the triage form's draft moves onto each one.
  const [reloads, setReloads] = useState(0);
  const [triaging, setTriaging] = useState(false);
  const composer = useRef<ComposerHandle>(null);
  const [replying, setReplying] = useState(false);
  const liveStrings = useLiveStrings();
  const present = usePresence(number, replying ? 'replying' : 'viewing');
  const shown = ticketQuery.data?.ticket;
  const ticket = isStaffView(shown) ? shown : undefined;

  useEffect(preloadMarkdown, []);

  useEffect(() => {
    if (ticket) document.title = `${ticket.reference} ${ticket.subject} · Sportello`;
  }, [ticket]);

  // A merged duplicate continues in its surviving ticket: go there.
  useEffect(() => {
    if (ticket?.merged_into) navigate(`/tickets/${ticket.merged_into}`, { replace: true, state: { mergedFrom: ticket.reference } });
  }, [ticket, navigate]);

  useEffect(() => {
    if (params.get('compose') === 'reply' && ticket) composer.current?.focus('reply');
  }, [params, ticket]);

  const items = useMemo(
    () => mergeTimeline(comments.data ?? [], events.data ?? [], attachments.data ?? []),
    [comments.data, events.data, attachments.data],
  );

  const take = () => {
    if (!ticket || !me) return;
    const teamId = teamForTake(ticket, me, teams);
    if (teamId === null) {
      notify({ color: 'red', message: t('ticket.noTeam') });
      return;
    }
    assign.mutate(
      { teamId, agentId: me.id },
      {
        onSuccess: () => notify({ color: 'green', message: t('ticket.taken', { reference: ticket.reference }) }),
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );
  };

  const workable = ticket !== undefined && ticket.status !== 'closed';
  useHotkeys([
    ['r', () => composer.current?.focus('reply')],
    ['n', () => composer.current?.focus('note')],
    ['a', () => workable && setDialog('assign')],
    ['e', () => workable && setDialog('escalate')],
    ['t', () => workable && take()],
    ['u', () => navigate(-1)],
  ]);

  if (!Number.isSafeInteger(number) || number <= 0) return <ErrorState error={new Error('bad number')} />;
  if (ticketQuery.isPending) return <Loading />;
  // Only a ticket that never loaded makes an error page: a refresh that fails (the live stream's,
  // the tab's when shown again) leaves the page as it was, with any draft in it, and says so above.
  if (!ticket || !me) return <ErrorState error={ticketQuery.error} onRetry={() => void ticketQuery.refetch()} />;
  const etag = ticketQuery.data?.etag ?? null;

  const person = (id: number | null) => {
    if (id === null) return t('timeline.system');
    if (id === ticket.requester.id) return ticket.requester.name;
    return staff?.get(id)?.name ?? `#${id}`;
  };
  const placeName = (field: string, raw: string): string | undefined => {
    const id = Number(raw);
    if (field === 'category_id') return categoryPath(categories, id) ?? undefined;
    if (field === 'requester_id') return person(id);
    if (field === 'organization_id') return organizations?.find((o) => o.id === id)?.name;
    const kind = field === 'department_id' ? 'departments' : field === 'location_id' ? 'locations' : null;
    return kind ? organizations?.flatMap((o) => o[kind]).find((x) => x.id === id)?.name : undefined;
  };
  const teamName = (id: number | null) => (id === null ? t('ticket.triage') : (teams.find((x) => x.id === id)?.name ?? `#${id}`));
  const reload = async () => {
    await invalidateTicket(queryClient, number);
    setConflict(false);
    setReloads((n) => n + 1);
  };
  const mine = ticket.assignee_id === me.id;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/queue/mine" size="sm">{t('nav.queues')}</Anchor>
        <Text size="sm" ff="monospace">{ticket.reference}</Text>
      </Breadcrumbs>

      {mergedFrom && (
        <Alert color="blue" variant="light" data-testid="merged-notice">
          {t('closure.redirected', { reference: mergedFrom })}
        </Alert>
      )}

      {ticketQuery.isError && <ErrorState error={ticketQuery.error} onRetry={() => void ticketQuery.refetch()} />}

      {conflict && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('conflict.title')}
          role="alert"
          data-testid="conflict"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('conflict.body')}</Text>
            <Button size="xs" color="amber" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} data-testid="conflict-reload">
              {t('conflict.reload')}
            </Button>
          </Stack>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <div style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs" mb={4}>
                <Text ff="monospace" fw={700} c="dimmed" data-testid="ticket-reference">{ticket.reference}</Text>
                <StatusBadge status={ticket.status} data-testid="ticket-status" />
                <PriorityBadge priority={ticket.priority} />
                {ticket.priority_overridden && <Text size="xs" c="dimmed">{t('ticket.overridden')}</Text>}
                <Text size="sm" c="dimmed">· {t(`type.${ticket.type}`)}</Text>
              </Group>
              <Title order={1} size="h3" style={{ wordBreak: 'break-word' }}>{ticket.subject}</Title>
              <Text size="sm" c="dimmed">
                {t('ticket.openedBy', { name: ticket.requester.name, when: fmt.relative(ticket.created_at) })}
              </Text>
            </div>
            <ShortcutsHelp ticket />
          </Group>
          {liveStrings && <PresenceBar people={present} meId={me.id} />}
          {ticket.status !== 'closed' && (
            <Group gap="xs" wrap="wrap">
              {!mine && (
                <Button size="sm" leftSection={<IconHandGrab size={16} aria-hidden />} onClick={take} loading={assign.isPending} data-testid="take">
                  {t('ticket.take')}
                </Button>
              )}
              <Button size="sm" variant="default" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setDialog('assign')}>
                {t('ticket.assign')}
              </Button>
              <Button size="sm" variant="default" leftSection={<IconArrowUpRight size={16} aria-hidden />} onClick={() => setDialog('escalate')} data-testid="escalate">
                {t('ticket.escalate')}
              </Button>
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <Button size="sm" variant="default" rightSection={<IconChevronDown size={14} aria-hidden />}>{t('ticket.more')}</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconFlag size={14} aria-hidden />} onClick={() => setDialog('priority')} data-testid="priority-override">
                    {t('ticket.changePriority')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconGitMerge size={14} aria-hidden />} onClick={() => setDialog('merge')} data-testid="merge-open">
                    {t('closure.mergeInto')}
                  </Menu.Item>
                  {ticket.team_id !== null && (
                    <Menu.Item
                      leftSection={<IconUserX size={14} aria-hidden />}
                      onClick={() => unassign.mutate(undefined, { onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }) })}
                    >
                      {t('ticket.unassign')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
              <Box style={{ flex: 1 }} />
              <StatusActions ticket={ticket} byCustomer={false} userId={me.id} onConflict={() => setConflict(true)} />
              {ticket.status !== 'resolved' && (
                <Button size="sm" variant="default" leftSection={<IconCircleX size={16} aria-hidden />} onClick={() => setDialog('close')} data-testid="close-open">
                  {t('closure.closeWithCode')}
                </Button>
              )}
            </Group>
          )}
          <ClosureNotice code={ticket.closure_code} reason={ticket.closure_reason} />
          {ticket.resolution && (
            <Alert color="green" variant="light" title={t('ticket.resolution')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{ticket.resolution}</Text>
            </Alert>
          )}
        </Stack>
      </Paper>

      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-label={t('ticket.description')}>
              <Text size="sm" fw={600} mb="xs">{t('ticket.description')}</Text>
              {ticket.description.trim() ? <Markdown source={ticket.description} /> : <Text c="dimmed" size="sm">{t('ticket.noDescription')}</Text>}
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="timeline-title">
              <Title order={2} size="h5" id="timeline-title" mb="md">{t('timeline.title')}</Title>
              {comments.isError || events.isError ? (
                <ErrorState error={comments.error ?? events.error} onRetry={() => void invalidateTicket(queryClient, number)} />
              ) : comments.isPending || events.isPending ? (
                <Loading />
              ) : (
                <Timeline number={number} items={items} names={{ person, team: teamName, value: placeName }} viewerId={me.id} />
              )}
            </Paper>
            {ticket.status !== 'closed' && (
              <ReplyGuarded number={number} meId={me.id} comments={comments.data} nameOf={person}>
                {(beforeSend) => (
                  <Composer ref={composer} number={number} userId={me.id} allowInternal beforeSend={beforeSend} onReplying={setReplying} />
                )}
              </ReplyGuarded>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            {triaging ? (
              <Suspense fallback={<Loading />}>
                <TriageForm
                  ticket={ticket}
                  etag={etag}
                  reloads={reloads}
                  categories={categories}
                  onDone={() => setTriaging(false)}
                  onConflict={() => setConflict(true)}
                  onReload={() => void reload()}
                />
              </Suspense>
            ) : (
              <>
                {ticket.status !== 'closed' && (
                  <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setTriaging(true)} onMouseEnter={() => void TriageForm.preload()} onFocus={() => void TriageForm.preload()} data-testid="triage-edit">
                    {t('triage.edit')}
                  </Button>
                )}
                <RequesterCard ticket={ticket} />
                <TicketBulletin number={number} />
                <DetailsCard
                  ticket={ticket}
                  categories={categories}
                  teamName={ticket.team_id === null ? null : teamName(ticket.team_id)}
                  assigneeName={ticket.assignee_id === null ? null : person(ticket.assignee_id)}
                />
              </>
            )}
            <Suspense fallback={null}>
              <LinksPanel number={number} staff ticketPath={(n) => `/tickets/${n}`} />
              <WatchersPanel number={number} meId={me.id} requesterId={ticket.requester.id} organizationId={ticket.organization_id} staff />
            </Suspense>
            <AgentSatisfaction number={number} version={ticket.version} />
            <Suspense fallback={<Loading />}>
              <SlaPanel number={number} version={ticket.version} />
            </Suspense>
            <ArticleSuggestions ticketNumber={number} audience="staff" />
          </Stack>
        </Grid.Col>
      </Grid>
      {dialog === 'assign' || dialog === 'escalate' ? (
        <AssignDialog ticket={ticket} mode={dialog} opened onClose={() => setDialog(null)} />
      ) : null}
      {(dialog === 'close' || dialog === 'merge') && (
        <Suspense fallback={null}>
          <CloseDialog ticket={ticket} initialCode={dialog === 'merge' ? 'duplicate' : 'resolved'} onClose={() => setDialog(null)} />
        </Suspense>
      )}
      {dialog === 'priority' && <PriorityDialog ticket={ticket} opened onClose={() => setDialog(null)} onConflict={() => setConflict(true)} />}
    </Stack>
  );
}

/** The composer, asking before a reply goes out if someone else replied meanwhile. */
function ReplyGuarded({
  number,
  meId,
  comments,
  nameOf,
  children,
}: {
  number: number;
  meId: number;
  comments: CommentOut[] | undefined;
  nameOf: (id: number) => string;
  children: (beforeSend: (internal: boolean) => Promise<boolean>) => ReactNode;
}) {
  const { confirmSend, dialog } = useReplyGuard(number, meId, comments, nameOf);
  return (
    <>
      {children(confirmSend)}
      {dialog}
    </>
  );
}
