import { Anchor, Button, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NotificationOut } from '@/api/generated';
import { useMarkAllRead, useMarkRead, useNotifications } from './api';

function useWording() {
  const { t } = useTranslation();
  return (n: NotificationOut) => {
    const subject = n.ticket_subject ?? '';
    if (n.kind === 'assigned') return t('escalation.notifications.assigned', { subject });
    if (n.data.trigger === 'bad_rating') {
      return t('escalation.notifications.rule.badRating', { subject, rule: String(n.data.rule_name ?? ''), rating: Number(n.data.rating) });
    }
    const trigger = n.data.trigger === 'sla_warning' ? 'warning' : 'breach';
    return t(`escalation.notifications.rule.${trigger}`, {
      subject,
      rule: String(n.data.rule_name ?? ''),
      metric: t(`escalation.metric.${String(n.data.metric)}`, { defaultValue: String(n.data.metric ?? '') }),
    });
  };
}

/** The bell's dropdown: the latest notifications, each linking to its ticket. */
export default function NotificationList({ onNavigate }: { onNavigate: () => void }) {
  const { t, i18n } = useTranslation();
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const word = useWording();
  const unread = list.data?.unread_count ?? 0;
  const items = list.data?.items ?? [];
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text fw={600} component="h2" size="md">{t('escalation.notifications.title')}</Text>
        <Button size="compact-xs" variant="subtle" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('escalation.notifications.markAll')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">{t('escalation.notifications.empty')}</Text>
      ) : (
        <ScrollArea.Autosize mah={400}>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((n) => (
              <li key={n.id}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Stack gap={0} style={{ flex: 1 }}>
                    {n.ticket_number !== null ? (
                      <Anchor
                        component={Link}
                        to={`/tickets/${n.ticket_number}`}
                        size="sm"
                        fw={n.read_at ? 400 : 700}
                        onClick={() => { onNavigate(); if (!n.read_at) markRead.mutate(n.id); }}
                      >
                        {word(n)}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={n.read_at ? 400 : 700}>{word(n)}</Text>
                    )}
                    <Text size="xs" c="dimmed">{when.format(new Date(n.created_at))}</Text>
                  </Stack>
                  {!n.read_at && (
                    <UnstyledButton onClick={() => markRead.mutate(n.id)} aria-label={t('escalation.notifications.markRead', { text: word(n) })}>
                      <Text size="xs" c="blue.8">{t('escalation.notifications.markReadShort')}</Text>
                    </UnstyledButton>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </>
  );
}
