import { Alert, Anchor, Button, Code, Group, Modal, Paper, ScrollArea, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { DeliveryOut, DeliveryStatus, WebhookEventType, WebhookOut } from '@/api/generated';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { notify } from '@/components/notify';
import {
  useDeleteWebhook,
  useDeliveries,
  useDelivery,
  usePing,
  useRedeliver,
  useRotateSecret,
  useUpdateWebhook,
  useWebhook,
} from '@/features/webhooks/api';
import { ActiveBadge, DeliveryBadge, EventTypesField, SecretAlert } from '@/features/webhooks/parts';
import { useFormat } from '@/i18n/format';

/** One webhook: its settings, its actions, and its delivery log with redelivery. */
export default function WebhookPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const webhook = useWebhook(id);
  // Up here, not in Settings: a new version of the webhook (rotating makes one) remounts it.
  const [secret, setSecret] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t('webhooks.title')} · Sportello`;
  }, [t]);
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/admin/webhooks" size="sm">
        <Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('webhooks.back')}</Group>
      </Anchor>
      {webhook.isPending ? <Loading /> : webhook.isError ? <ErrorState error={webhook.error} /> : (
        <>
          <Settings key={webhook.data.version} webhook={webhook.data} secret={secret} onRotated={setSecret} />
          <Deliveries webhookId={webhook.data.id} />
        </>
      )}
    </Stack>
  );
}

function Settings({ webhook, secret, onRotated }: {
  webhook: WebhookOut;
  secret: string | null;
  onRotated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateWebhook();
  const ping = usePing();
  const rotate = useRotateSecret();
  const remove = useDeleteWebhook();
  const [url, setUrl] = useState(webhook.url);
  const [description, setDescription] = useState(webhook.description);
  const [events, setEvents] = useState<WebhookEventType[]>(webhook.event_types);
  const [confirming, setConfirming] = useState<'rotate' | 'delete' | null>(null);
  const failed = (error: unknown) => notify({ color: 'red', message: errorMessage(error, t) });
  const setActive = (active: boolean) => update.mutate({ id: webhook.id, body: { active } }, { onError: failed });

  // mutateAsync rather than mutate's callbacks: saving makes a new version, which remounts this
  // form, and callbacks given to mutate do not run once their component has gone.
  const save = () =>
    update
      .mutateAsync({ id: webhook.id, body: { url: url.trim(), description: description.trim(), event_types: events } })
      .then(() => notify({ color: 'green', message: t('webhooks.saved') }), () => undefined); // shown below

  const confirm = () => {
    if (confirming === 'rotate') {
      rotate.mutateAsync(webhook.id).then((made) => onRotated(made.secret), failed);
    } else if (confirming === 'delete') {
      remove.mutate(webhook.id, { onSuccess: () => navigate('/admin/webhooks'), onError: failed });
    }
    setConfirming(null);
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={1} size="h2" style={{ wordBreak: 'break-all' }}>{webhook.url}</Title>
        <ActiveBadge active={webhook.active} />
      </Group>
      {!webhook.active && (
        <Alert color="orange" title={t('webhooks.disabledTitle')}>
          <Stack gap="xs" align="flex-start">
            {webhook.disabled_reason && <Text size="sm">{webhook.disabled_reason}</Text>}
            <Button size="xs" onClick={() => setActive(true)} loading={update.isPending}>{t('webhooks.turnOn')}</Button>
          </Stack>
        </Alert>
      )}
      {secret && <SecretAlert title={t('webhooks.rotatedTitle')} secret={secret} />}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(e) => { e.preventDefault(); save(); }}>
          <Stack>
            <TextInput label={t('webhooks.url')} description={t('webhooks.urlHelp')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} required type="url" />
            <TextInput label={t('webhooks.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={200} />
            <EventTypesField value={events} onChange={setEvents} />
            {update.error && <Text c="red" size="sm" role="alert">{errorMessage(update.error, t)}</Text>}
            <Group>
              <Button type="submit" loading={update.isPending} disabled={!url.trim() || events.length === 0}>{t('webhooks.save')}</Button>
              <Button variant="light" leftSection={<IconSend size={16} aria-hidden />} disabled={!webhook.active} loading={ping.isPending}
                onClick={() => ping.mutate(webhook.id, { onSuccess: () => notify({ color: 'green', message: t('webhooks.pinged') }), onError: failed })}>
                {t('webhooks.ping')}
              </Button>
              <Button variant="default" onClick={() => setConfirming('rotate')}>{t('webhooks.rotate')}</Button>
              {webhook.active && <Button variant="default" onClick={() => setActive(false)}>{t('webhooks.turnOff')}</Button>}
              <Button variant="subtle" color="red" onClick={() => setConfirming('delete')}>{t('webhooks.delete')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={confirming === 'delete' ? t('webhooks.delete') : t('webhooks.rotate')}>
        <Stack>
          <Text size="sm">{confirming === 'delete' ? t('webhooks.deleteConfirm') : t('webhooks.rotateConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
            <Button color={confirming === 'delete' ? 'red' : undefined} onClick={confirm}>
              {confirming === 'delete' ? t('webhooks.delete') : t('webhooks.rotate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Deliveries({ webhookId }: { webhookId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1];
  const deliveries = useDeliveries(webhookId, status, cursor);
  const redeliver = useRedeliver();
  const [open, setOpen] = useState<number | null>(null);

  const filter = (value: string) => {
    setStatus(value === 'all' ? null : (value as DeliveryStatus));
    setCursors([null]);
  };
  const again = (delivery: DeliveryOut) =>
    redeliver.mutate(
      { webhookId, deliveryId: delivery.id },
      {
        onSuccess: () => notify({ color: 'green', message: t('webhooks.redelivered') }),
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">{t('webhooks.deliveries')}</Title>
        <SegmentedControl
          value={status ?? 'all'}
          onChange={filter}
          data={[
            { value: 'all', label: t('webhooks.filterAll') },
            { value: 'pending', label: t('webhooks.statuses.pending') },
            { value: 'delivered', label: t('webhooks.statuses.delivered') },
            { value: 'failed', label: t('webhooks.statuses.failed') },
          ]}
        />
      </Group>
      {deliveries.isPending ? <Loading /> : deliveries.isError ? <ErrorState error={deliveries.error} /> : deliveries.data.items.length === 0 ? <Empty title={t('webhooks.noDeliveries')} /> : (
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="webhook-deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.event')}</Table.Th>
                <Table.Th>{t('webhooks.created')}</Table.Th>
                <Table.Th>{t('webhooks.status')}</Table.Th>
                <Table.Th>{t('webhooks.attempts')}</Table.Th>
                <Table.Th>{t('webhooks.response')}</Table.Th>
                <Table.Th>{t('webhooks.nextAttempt')}</Table.Th>
                <Table.Th><span className="skip-link">{t('common.actions')}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.items.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td>{t(`webhooks.types.${delivery.event_type}`, { defaultValue: delivery.event_type })}</Table.Td>
                  <Table.Td>{fmt.dateTime(delivery.created_at)}</Table.Td>
                  <Table.Td><DeliveryBadge status={delivery.status} /></Table.Td>
                  <Table.Td>{delivery.attempts}</Table.Td>
                  <Table.Td>{delivery.last_status_code ?? delivery.last_error ?? '—'}</Table.Td>
                  <Table.Td>{delivery.next_attempt_at ? fmt.dateTime(delivery.next_attempt_at) : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setOpen(delivery.id)}>{t('webhooks.details')}</Button>
                      {delivery.status !== 'pending' && (
                        <Button size="xs" variant="light" onClick={() => again(delivery)} loading={redeliver.isPending && redeliver.variables.deliveryId === delivery.id}>
                          {t('webhooks.redeliver')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="flex-end">
        <Button variant="default" size="xs" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>{t('webhooks.newer')}</Button>
        <Button variant="default" size="xs" disabled={!deliveries.data?.next_cursor}
          onClick={() => deliveries.data?.next_cursor && setCursors([...cursors, deliveries.data.next_cursor])}>
          {t('webhooks.older')}
        </Button>
      </Group>
      <DeliveryModal webhookId={webhookId} deliveryId={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}

function DeliveryModal({ webhookId, deliveryId, onClose }: { webhookId: number; deliveryId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const delivery = useDelivery(webhookId, deliveryId);
  return (
    <Modal opened={deliveryId !== null} onClose={onClose} size="xl" title={t('webhooks.details')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {delivery.isPending ? <Loading /> : delivery.isError ? <ErrorState error={delivery.error} /> : (
        <Stack>
          <Group gap="xs">
            <DeliveryBadge status={delivery.data.status} />
            <Text size="sm">{t('webhooks.eventId')}: <Code>{delivery.data.event_id}</Code></Text>
          </Group>
          <Title order={3} size="h5">{t('webhooks.attemptLog')}</Title>
          <Table.ScrollContainer minWidth={600}>
            <Table data-testid="webhook-attempts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks.attempt')}</Table.Th>
                  <Table.Th>{t('webhooks.started')}</Table.Th>
                  <Table.Th>{t('webhooks.response')}</Table.Th>
                  <Table.Th>{t('webhooks.duration')}</Table.Th>
                  <Table.Th>{t('webhooks.error')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {delivery.data.attempt_log.map((attempt) => (
                  <Table.Tr key={attempt.number}>
                    <Table.Td>{attempt.number}</Table.Td>
                    <Table.Td>{fmt.dateTime(attempt.started_at)}</Table.Td>
                    <Table.Td>{attempt.status_code ?? '—'}</Table.Td>
                    <Table.Td>{attempt.duration_ms === null ? '—' : `${fmt.number(attempt.duration_ms)} ms`}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{attempt.error ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={3} size="h5">{t('webhooks.payload')}</Title>
          <ScrollArea.Autosize mah={320}>
            <Code block>{JSON.stringify(delivery.data.payload, null, 2)}</Code>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}
