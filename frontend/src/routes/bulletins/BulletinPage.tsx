import { Alert, Anchor, Breadcrumbs, Button, Checkbox, Group, List, Modal, Paper, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCircleCheck, IconEdit, IconLink, IconPlayerStop, IconSearch, IconUnlink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { BulletinOut, TicketBrief } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { StatusBadge } from '@/components/Badges';
import { Markdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { useBulletin, useLinkedTickets, useLinkTickets, useResolveBulletin, useUnlinkTicket, useUpdateBulletin } from '@/features/bulletins/api';
import { BulletinBadges } from '@/features/bulletins/BulletinBadges';
import { BulletinForm } from '@/features/bulletins/BulletinForm';
import { useTicketList } from '@/features/tickets/api';
import { useFormat } from '@/i18n/format';
import { OPEN_STATUSES } from '@/lib/lifecycle';

export default function BulletinPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = Number(useParams().id);
  const me = useMe().data;
  const query = useBulletin(id);
  const linked = useLinkedTickets(id);
  const update = useUpdateBulletin(id);
  const unlink = useUnlinkTicket(id);
  const [editing, setEditing] = useState(false);
  const [resolving, setResolving] = useState(false);
  const bulletin = query.data?.bulletin;

  useEffect(() => {
    if (bulletin) document.title = `${bulletin.title} · Sportello`;
  }, [bulletin]);

  if (query.isPending) return <Loading />;
  if (query.isError || !bulletin) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const manager = me?.role === 'supervisor' || me?.role === 'admin';
  const open = !bulletin.resolved_at;
  const fail = (error: Error) => notify({ color: 'red', message: errorMessage(error, t) });
  const endNow = () =>
    update.mutate({ ends_at: new Date().toISOString() }, { onSuccess: () => notify({ color: 'green', message: t('bulletins.ended') }), onError: fail });

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/bulletins" size="sm">{t('bulletins.title')}</Anchor>
        <Text size="sm" c="dimmed" truncate maw={420}>{bulletin.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1} size="h2">{bulletin.title}</Title>
          <BulletinBadges bulletin={bulletin} />
        </Stack>
        {manager && open && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            {bulletin.active && (
              <Button variant="default" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={endNow} loading={update.isPending}>{t('bulletins.endNow')}</Button>
            )}
            <Button leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={() => setResolving(true)}>{t('bulletins.resolve')}</Button>
          </Group>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Markdown source={bulletin.message} />
          <Text size="sm" c="dimmed">
            {t('bulletins.window', { start: format.dateTime(bulletin.starts_at), end: bulletin.ends_at ? format.dateTime(bulletin.ends_at) : t('bulletins.openEnded') })}
          </Text>
        </Stack>
      </Paper>
      {bulletin.resolved_at && (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('bulletins.resolvedOn', { date: format.dateTime(bulletin.resolved_at) })} data-testid="bulletin-resolution">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{bulletin.resolution}</Text>
        </Alert>
      )}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="linked-title">
        <Title order={2} size="h4" id="linked-title" mb="sm">{t('bulletins.linkedTitle')}</Title>
        {linked.isPending ? (
          <Loading />
        ) : linked.isError ? (
          <ErrorState error={linked.error} onRetry={() => void linked.refetch()} />
        ) : linked.data.length === 0 ? (
          <Text size="sm" c="dimmed">{t('bulletins.noLinked')}</Text>
        ) : (
          <Table data-testid="linked-tickets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bulletins.ticket')}</Table.Th>
                <Table.Th>{t('ticket.subject')}</Table.Th>
                <Table.Th>{t('requester.title')}</Table.Th>
                <Table.Th>{t('ticket.status')}</Table.Th>
                {open && <Table.Th><VisuallyHidden>{t('bulletins.unlink')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {linked.data.map((ticket) => (
                <Table.Tr key={ticket.number}>
                  <Table.Td><Anchor component={Link} to={`/tickets/${ticket.number}`} ff="monospace" size="sm">{ticket.reference}</Anchor></Table.Td>
                  <Table.Td>{ticket.subject}</Table.Td>
                  <Table.Td>{ticket.requester.name}</Table.Td>
                  <Table.Td><StatusBadge status={ticket.status} /></Table.Td>
                  {open && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconUnlink size={12} aria-hidden />}
                        aria-label={t('bulletins.unlinkNamed', { reference: ticket.reference })}
                        loading={unlink.isPending && unlink.variables === ticket.number}
                        onClick={() => unlink.mutate(ticket.number, { onError: fail })}
                      >
                        {t('bulletins.unlink')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && <LinkTickets bulletinId={id} already={new Set((linked.data ?? []).map((x) => x.number))} />}
      </Paper>
      {editing && <BulletinForm bulletin={bulletin} onClose={() => setEditing(false)} />}
      {resolving && <ResolveModal bulletin={bulletin} tickets={linked.data ?? []} onClose={() => setResolving(false)} />}
    </Stack>
  );
}

/** Find tickets by their words and link the ones that are part of the incident. */
function LinkTickets({ bulletinId, already }: { bulletinId: number; already: Set<number> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [picked, setPicked] = useState<number[]>([]);
  const found = useTicketList({ q, status: [...OPEN_STATUSES, 'resolved'], limit: 20, sort: '-updated' }, q.length >= 2);
  const link = useLinkTickets(bulletinId);
  const candidates = (found.data?.items ?? []).filter((x) => !already.has(x.number));
  const toggle = (number: number, on: boolean) => setPicked((p) => (on ? [...p, number] : p.filter((n) => n !== number)));
  const submit = () =>
    link.mutate(picked, {
      onSuccess: (result) => {
        notify({ color: 'green', message: t('bulletins.linkedNow', { count: result.linked.length }) });
        setPicked([]);
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
    });
  return (
    <Stack gap="xs" mt="md" component="section" aria-labelledby="link-title">
      <Title order={3} size="h5" id="link-title">{t('bulletins.linkTitle')}</Title>
      <TextInput
        aria-label={t('bulletins.searchTickets')}
        placeholder={t('bulletins.searchTicketsPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        data-testid="ticket-search"
      />
      {q.length >= 2 && found.isSuccess && candidates.length === 0 && <Text size="sm" c="dimmed">{t('bulletins.noTicketFound')}</Text>}
      {candidates.length > 0 && (
        <Stack gap={6} data-testid="ticket-candidates">
          {candidates.map((ticket) => (
            <Checkbox
              key={ticket.number}
              checked={picked.includes(ticket.number)}
              onChange={(e) => toggle(ticket.number, e.currentTarget.checked)}
              label={`${ticket.reference} · ${ticket.subject} · ${ticket.requester.name}`}
            />
          ))}
        </Stack>
      )}
      <Group>
        <Button leftSection={<IconLink size={16} aria-hidden />} disabled={picked.length === 0} onClick={submit} loading={link.isPending} data-testid="link-tickets">
          {t('bulletins.linkPicked', { count: picked.length })}
        </Button>
      </Group>
    </Stack>
  );
}

/** One note resolves every linked open ticket: show which before asking to confirm. */
function ResolveModal({ bulletin, tickets, onClose }: { bulletin: BulletinOut; tickets: TicketBrief[]; onClose: () => void }) {
  const { t } = useTranslation();
  const resolve = useResolveBulletin(bulletin.id);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const willResolve = tickets.filter((x) => (OPEN_STATUSES as readonly string[]).includes(x.status));
  const untouched = tickets.filter((x) => !(OPEN_STATUSES as readonly string[]).includes(x.status));
  const confirm = () => {
    if (!note.trim()) {
      setProblem(t('form.required'));
      return;
    }
    resolve.mutate(note.trim(), {
      onSuccess: (result) => {
        notify({ color: 'green', message: t('bulletins.resolvedNow', { count: result.resolved_tickets.length }) });
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 422)) setProblem(error.fieldErrors().resolution ?? error.message);
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('bulletins.resolveTitle', { title: bulletin.title })} size="lg">
      <Stack>
        <Text size="sm">{t('bulletins.resolveHelp')}</Text>
        <div data-testid="resolve-preview">
          <Text fw={600} size="sm">{t('bulletins.willResolve', { count: willResolve.length })}</Text>
          {willResolve.length > 0 && (
            <List size="sm" spacing={2}>
              {willResolve.map((x) => <List.Item key={x.number}>{`${x.reference} · ${x.subject} · ${x.requester.name}`}</List.Item>)}
            </List>
          )}
          {untouched.length > 0 && (
            <Text size="sm" c="dimmed" mt="xs">{t('bulletins.untouched', { count: untouched.length, references: untouched.map((x) => x.reference).join(', ') })}</Text>
          )}
        </div>
        <Textarea label={t('bulletins.resolutionNote')} description={t('bulletins.resolutionNoteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={problem} required autosize minRows={3} data-autofocus />
        {resolve.error && !isApiError(resolve.error, 422) && <Alert color="red" role="alert">{errorMessage(resolve.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={confirm} loading={resolve.isPending} data-testid="confirm-resolve">
            {t('bulletins.confirmResolve', { count: willResolve.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
