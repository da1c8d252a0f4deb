import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import { useFormat } from '@/i18n/format';
import { useActiveBulletins } from './bulletins';

/** Active bulletins (outages, planned work) as a banner over the queues. */
export default function Bulletins() {
  const { t } = useTranslation();
  const format = useFormat();
  const bulletins = useActiveBulletins().data ?? [];
  if (!bulletins.length) return null;
  return (
    <Stack gap="xs" data-testid="bulletins">
      {bulletins.map((b) => (
        <Alert
          key={b.id}
          color="orange"
          variant="light"
          icon={<IconSpeakerphone aria-hidden />}
          title={
            <Group gap="xs">
              <span>{b.title}</span>
              {b.service && <Badge size="sm" variant="white" color="dark">{b.service}</Badge>}
            </Group>
          }
          role="status"
        >
          <Stack gap={4}>
            <Markdown source={b.message} />
            <Text size="xs" c="dimmed">
              {t('kb.bulletin.since', { date: format.dateTime(b.starts_at) })}
              {b.linked_ticket_count ? ` · ${t('kb.bulletin.linked', { count: b.linked_ticket_count })}` : ''}
            </Text>
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
