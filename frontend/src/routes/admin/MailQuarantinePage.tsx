import { Alert, Badge, Button, Code, Drawer, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { QuarantinedMailOut } from '@/api/generated';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { notify } from '@/components/notify';
import { useMe } from '@/features/auth/api';
import { QUARANTINE_STATUSES, useDropMail, useQuarantine, useReleaseMail, type QuarantineStatus } from '@/features/mailIn/api';
import { useFormat } from '@/i18n/format';

const STATUS_COLORS: Record<QuarantineStatus, string> = { held: 'orange', ignored: 'gray', released: 'teal', dropped: 'red' };

/** One message: why it was kept out, its headers and size; release or drop it while held. */
function MailDetail({ item, onDone }: { item: QuarantinedMailOut; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const release = useReleaseMail();
  const drop = useDropMail();
  const failed = (e: unknown) => notify({ color: 'red', message: errorMessage(e, t) });
  const onRelease = () =>
    release.mutate(item, {
      onSuccess: (outcome) => {
        notify({
          color: 'teal',
          message: outcome.ticket_number
            ? t('mailIn.released', { number: outcome.ticket_number })
            : t('mailIn.releasedIgnored', { reason: outcome.reason ?? '' }),
        });
        onDone();
      },
      onError: failed,
    });
  const onDrop = () => {
    if (!window.confirm(t('mailIn.dropConfirm'))) return;
    drop.mutate(item, { onSuccess: () => { notify({ message: t('mailIn.dropped') }); onDone(); }, onError: failed });
  };
  return (
    <Stack data-testid="quarantine-detail">
      <Alert color={STATUS_COLORS[item.status]} title={t(`mailIn.status.${item.status}`)}>{item.reason}</Alert>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr><Table.Th w={140}>{t('mailIn.from')}</Table.Th><Table.Td>{item.sender || '—'}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th>{t('mailIn.subject')}</Table.Th><Table.Td>{item.subject || '—'}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th>{t('mailIn.received')}</Table.Th><Table.Td>{fmt.dateTime(item.received_at)}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th>{t('mailIn.size')}</Table.Th><Table.Td>{fmt.bytes(item.size)}</Table.Td></Table.Tr>
          {item.mailbox_id !== null && (
            <Table.Tr><Table.Th>{t('mailIn.mailbox')}</Table.Th><Table.Td>#{item.mailbox_id}</Table.Td></Table.Tr>
          )}
          {item.ticket_number !== null && (
            <Table.Tr>
              <Table.Th>{t('mailIn.ticket')}</Table.Th>
              <Table.Td><Link to={`/tickets/${item.ticket_number}`}>#{item.ticket_number}</Link></Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h5">{t('mailIn.headers')}</Title>
      {Object.keys(item.headers).length === 0 ? (
        <Text size="sm" c="dimmed">{t('mailIn.noHeaders')}</Text>
      ) : (
        <Stack gap={4} data-testid="quarantine-headers">
          {Object.entries(item.headers).map(([name, value]) => (
            <Text key={name} size="xs" style={{ wordBreak: 'break-all' }}>
              <Text span fw={700} size="xs">{name}:</Text> <Code>{value}</Code>
            </Text>
          ))}
        </Stack>
      )}
      {item.status === 'held' && (
        <Group>
          <Button onClick={onRelease} loading={release.isPending} disabled={!item.has_raw}>{t('mailIn.release')}</Button>
          <Button color="red" variant="light" onClick={onDrop} loading={drop.isPending}>{t('mailIn.drop')}</Button>
        </Group>
      )}
      {item.status === 'held' && <Text size="xs" c="dimmed">{t('mailIn.releaseHelp')}</Text>}
    </Stack>
  );
}

/** The mail quarantine, for administrators: what incoming mail became no ticket, and why. */
export default function MailQuarantinePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const [status, setStatus] = useState<QuarantineStatus>('held');
  const [open, setOpen] = useState<QuarantinedMailOut | null>(null);
  const list = useQuarantine(status);
  useEffect(() => {
    document.title = `${t('mailIn.title')} · Sportello`;
  }, [t]);
  if (!me) return <Loading />;
  if (me.role !== 'admin') return <ErrorState error={new Error('forbidden')} />;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">{t('mailIn.title')}</Title>
      <Text c="dimmed" size="sm">{t('mailIn.intro')}</Text>
      <SegmentedControl
        aria-label={t('mailIn.statusFilter')}
        value={status}
        onChange={(value) => setStatus(value as QuarantineStatus)}
        data={QUARANTINE_STATUSES.map((s) => ({ value: s, label: t(`mailIn.status.${s}`) }))}
        w="fit-content"
      />
      {list.isPending ? <Loading /> : list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : items.length === 0 ? (
        <Empty title={t(`mailIn.empty.${status}`)} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover data-testid="quarantine-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mailIn.received')}</Table.Th>
                  <Table.Th>{t('mailIn.from')}</Table.Th>
                  <Table.Th>{t('mailIn.subject')}</Table.Th>
                  <Table.Th>{t('mailIn.size')}</Table.Th>
                  <Table.Th>{t('mailIn.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id} data-testid="quarantine-row">
                    <Table.Td><Text size="sm" c="dimmed">{fmt.dateTime(item.received_at)}</Text></Table.Td>
                    <Table.Td><Text size="sm" lineClamp={1}>{item.sender || '—'}</Text></Table.Td>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => setOpen(item)} aria-label={t('mailIn.inspect', { subject: item.subject || '—' })}>
                        <Text size="sm" lineClamp={1} maw={280}>{item.subject || t('mailIn.noSubject')}</Text>
                      </Button>
                    </Table.Td>
                    <Table.Td><Text size="sm">{fmt.bytes(item.size)}</Text></Table.Td>
                    <Table.Td><Badge color={STATUS_COLORS[item.status]} variant="light" maw={260}>{item.reason}</Badge></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.hasNextPage && (
            <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} w="fit-content">
              {t('mailIn.more')}
            </Button>
          )}
        </>
      )}
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={<Group gap="xs"><IconMailOff size={18} aria-hidden />{open?.subject || t('mailIn.noSubject')}</Group>}
      >
        {open && <MailDetail item={open} onDone={() => setOpen(null)} />}
      </Drawer>
    </Stack>
  );
}
