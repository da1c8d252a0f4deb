import { Anchor, Button, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WebhookEventType, WebhookWithSecret } from '@/api/generated';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useCreateWebhook, useWebhooks } from '@/features/webhooks/api';
import { ActiveBadge, EventTypesField, SecretAlert } from '@/features/webhooks/parts';

/** Webhooks, for administrators: the list, and a form to add one (its secret shown once). */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['ticket.created']);
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);

  useEffect(() => {
    document.title = `${t('webhooks.title')} · Sportello`;
  }, [t]);

  const submit = () =>
    create.mutate(
      { url: url.trim(), description: description.trim(), event_types: events },
      {
        onSuccess: (webhook) => {
          setCreated(webhook);
          setUrl('');
          setDescription('');
        },
      },
    );

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">{t('webhooks.title')}</Title>
      <Text c="dimmed" size="sm">{t('webhooks.help')}</Text>
      {created && <SecretAlert title={t('webhooks.createdTitle')} secret={created.secret} />}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <Stack>
            <TextInput label={t('webhooks.url')} description={t('webhooks.urlHelp')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} required type="url" placeholder="https://hooks.example.com/sportello" />
            <TextInput label={t('webhooks.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={200} />
            <EventTypesField value={events} onChange={setEvents} />
            {create.error && <Text c="red" size="sm" role="alert">{errorMessage(create.error, t)}</Text>}
            <Button type="submit" leftSection={<IconWebhook size={16} aria-hidden />} loading={create.isPending} disabled={!url.trim() || events.length === 0} style={{ alignSelf: 'flex-start' }}>
              {t('webhooks.create')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {webhooks.isPending ? <Loading /> : webhooks.isError ? <ErrorState error={webhooks.error} /> : webhooks.data.length === 0 ? <Empty title={t('webhooks.none')} /> : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.url')}</Table.Th>
                <Table.Th>{t('webhooks.events')}</Table.Th>
                <Table.Th>{t('webhooks.status')}</Table.Th>
                <Table.Th>{t('webhooks.failures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {webhooks.data.map((webhook) => (
                <Table.Tr key={webhook.id}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    <Anchor component={Link} to={`/admin/webhooks/${webhook.id}`}>{webhook.url}</Anchor>
                    {webhook.description && <Text size="xs" c="dimmed">{webhook.description}</Text>}
                  </Table.Td>
                  <Table.Td>{webhook.event_types.map((type) => t(`webhooks.types.${type}`)).join(', ')}</Table.Td>
                  <Table.Td><ActiveBadge active={webhook.active} /></Table.Td>
                  <Table.Td>{webhook.consecutive_failures}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
