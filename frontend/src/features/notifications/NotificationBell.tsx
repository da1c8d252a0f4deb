import { ActionIcon, Anchor, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NotificationOut } from '@/api/generated';
import { useMarkAllRead, useMarkRead, useNotifications } from './api';

function useWording() {
  const { t } = useTranslation();
  return (n: NotificationOut) => {
    const subject = n.ticket_subject ?? '';
    if (n.kind === 'assigned') return t('escalation.notifications.assigned', { subject });
    const trigger = n.data.trigger === 'sla_warning' ? 'warning' : 'breach';
    return t(`escalation.notifications.rule.${trigger}`, {
      subject,
      rule: String(n.data.rule_name ?? ''),
      metric: t(`escalation.metric.${String(n.data.metric)}`, { defaultValue: String(n.data.metric ?? '') }),
    });
  };
}

/** The bell in the agent header: the unread count, the latest notifications, marking read. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const word = useWording();
  const unread = list.data?.unread_count ?? 0;
  const items = list.data?.items ?? [];
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withinPortal shadow="md">
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('escalation.notifications.bell', { count: unread })}
            data-testid="notification-bell"
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
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
                          onClick={() => { setOpened(false); if (!n.read_at) markRead.mutate(n.id); }}
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
      </Popover.Dropdown>
    </Popover>
  );
}
