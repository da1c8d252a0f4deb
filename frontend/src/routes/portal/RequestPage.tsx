import { Alert, Anchor, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '@/api/problem';
import { StatusBadge } from '@/components/Badges';
import { Markdown, preloadMarkdown } from '@/components/Markdown';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useAttachments } from '@/features/attachments/api';
import { ClosureNotice, LinksPanel, WatchersPanel } from '@/features/closure';
import { WithdrawButton } from '@/features/closure/WithdrawButton';
import { RequestBulletin } from '@/features/bulletins';
import { PortalSatisfaction } from '@/features/satisfaction';
import { useMe } from '@/features/auth/api';
import { useComments } from '@/features/comments/api';
import { Composer } from '@/features/comments/Composer';
import { invalidateTicket, useTicket } from '@/features/tickets/api';
import { useEvents } from '@/features/tickets/events';
import { StatusActions } from '@/features/tickets/StatusActions';
import { OPEN_STATUSES } from '@/lib/lifecycle';
import { Timeline } from '@/features/timeline/Timeline';
import { useFormat } from '@/i18n/format';
import { mergeTimeline } from '@/lib/timeline';

export default function RequestPage() {
  const { number: raw } = useParams();
  const number = Number(raw);
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const ticketQuery = useTicket(number);
  const comments = useComments(number);
  const events = useEvents(number);
  const attachments = useAttachments(number);
  const [conflict, setConflict] = useState(false);
  const ticket = ticketQuery.data?.ticket;
  const navigate = useNavigate();

  // A merged duplicate continues in its surviving request (when the requester may read it).
  useEffect(() => {
    if (ticket?.merged_into) navigate(`/portal/requests/${ticket.merged_into}`, { replace: true });
  }, [ticket, navigate]);

  useEffect(preloadMarkdown, []);
  const items = useMemo(
    () => mergeTimeline(comments.data ?? [], events.data ?? [], attachments.data ?? []),
    [comments.data, events.data, attachments.data],
  );

  useEffect(() => {
    if (ticket) document.title = `${ticket.reference} · Sportello`;
  }, [ticket]);

  if (ticketQuery.isPending) return <Loading />;
  if (isApiError(ticketQuery.error, 404) || !Number.isSafeInteger(number)) {
    return (
      <Paper withBorder radius="md">
        <Empty title={t('portal.notFound')}>{t('portal.notFoundHelp')}</Empty>
      </Paper>
    );
  }
  if (ticketQuery.isError || !ticket || !me) return <ErrorState error={ticketQuery.error} onRetry={() => void ticketQuery.refetch()} />;

  const person = (id: number | null) => (id === me.id ? t('timeline.you') : id === ticket.requester.id ? ticket.requester.name : t('timeline.supportTeam'));

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/portal" size="sm">{t('portal.myRequests')}</Anchor>
        <Text size="sm" ff="monospace">{ticket.reference}</Text>
      </Breadcrumbs>
      {conflict && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('conflict.title')} role="alert">
          <Text size="sm">{t('conflict.body')}</Text>
          <Anchor component="button" onClick={() => void invalidateTicket(queryClient, number).then(() => setConflict(false))}>{t('conflict.reload')}</Anchor>
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Text ff="monospace" fw={700} c="dimmed">{ticket.reference}</Text>
            <StatusBadge status={ticket.status} data-testid="request-status" />
          </Group>
          <Title order={1} size="h3" style={{ wordBreak: 'break-word' }}>{ticket.subject}</Title>
          <Text size="sm" c="dimmed">{t('portal.opened', { when: fmt.dateTime(ticket.created_at) })}</Text>
          {ticket.description.trim() && <Markdown source={ticket.description} />}
          {me.id === ticket.requester.id && (OPEN_STATUSES as readonly string[]).includes(ticket.status) && (
            <Group>
              <WithdrawButton number={number} reference={ticket.reference} />
            </Group>
          )}
        </Stack>
      </Paper>
      <ClosureNotice code={ticket.closure_code} reason={ticket.closure_reason} />
      <RequestBulletin number={number} />
      {ticket.status === 'resolved' && (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('portal.resolvedTitle')} data-testid="resolved-box">
          <Stack gap="sm">
            {ticket.resolution && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{ticket.resolution}</Text>}
            <Text size="sm">{t('portal.resolvedQuestion')}</Text>
            <StatusActions ticket={ticket} byCustomer userId={me.id} onConflict={() => setConflict(true)} />
          </Stack>
        </Alert>
      )}
      <PortalSatisfaction number={number} version={ticket.version} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="conversation-title">
        <Title order={2} size="h5" id="conversation-title" mb="md">{t('portal.conversation')}</Title>
        {comments.isPending || events.isPending ? (
          <Loading />
        ) : comments.isError || events.isError ? (
          <ErrorState error={comments.error ?? events.error} />
        ) : (
          <Timeline number={number} items={items} names={{ person, team: () => t('timeline.supportTeam') }} viewerId={me.id} customerView />
        )}
      </Paper>
      <Suspense fallback={null}>
        <LinksPanel number={number} staff={false} ticketPath={(n) => `/portal/requests/${n}`} />
        <WatchersPanel number={number} meId={me.id} requesterId={ticket.requester.id} organizationId={ticket.organization_id} staff={false} />
      </Suspense>
      {ticket.status !== 'closed' ? (
        <Composer number={number} userId={me.id} allowInternal={false} />
      ) : (
        <Text c="dimmed" size="sm">{t('portal.closed')}</Text>
      )}
    </Stack>
  );
}
