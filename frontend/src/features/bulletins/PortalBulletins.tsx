import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BulletinOut } from '@/api/generated';
import { Markdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useFormat } from '@/i18n/format';
import { useBulletinPages, useFollowBulletin } from './api';

/** Over a customer's requests: the known outages now, and how the ones they follow ended. */
export default function PortalBulletins() {
  const { t } = useTranslation();
  // For a customer "all" is the active bulletins meant for everyone plus the ones they follow.
  const pages = useBulletinPages('all');
  const bulletins = pages.data?.pages.flatMap((p) => p.items) ?? [];
  if (!bulletins.length) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('bulletins.portal.title')} data-testid="portal-bulletins">
      {bulletins.map((b) => (
        <PortalBulletin key={b.id} bulletin={b} />
      ))}
    </Stack>
  );
}

export function PortalBulletin({ bulletin: b, query, onFollowed }: { bulletin: BulletinOut; query?: string; onFollowed?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const follow = useFollowBulletin();
  const change = (on: boolean) =>
    follow.mutate(
      { id: b.id, follow: on, query },
      {
        onSuccess: () => {
          notify({ color: 'green', message: on ? t('bulletins.portal.followed') : t('bulletins.portal.unfollowed') });
          if (on) onFollowed?.();
        },
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );
  const resolved = Boolean(b.resolved_at);
  return (
    <Alert
      color={resolved ? 'green' : 'orange'}
      variant="light"
      icon={resolved ? <IconCircleCheck aria-hidden /> : <IconSpeakerphone aria-hidden />}
      title={
        <Group gap="xs">
          <span>{b.title}</span>
          {b.following && <Badge size="sm" variant="white" color="dark">{t('bulletins.portal.following')}</Badge>}
        </Group>
      }
      data-testid="portal-bulletin"
    >
      <Stack gap={6}>
        {resolved ? (
          <>
            <Text size="sm" fw={600}>{t('bulletins.portal.resolvedOn', { date: format.dateTime(b.resolved_at ?? b.starts_at) })}</Text>
            {b.resolution && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{b.resolution}</Text>}
          </>
        ) : (
          <>
            <Markdown source={b.message} />
            <Text size="xs" c="dimmed">{t('bulletins.since', { date: format.dateTime(b.starts_at) })}</Text>
          </>
        )}
        <Group gap="xs">
          {!b.following && b.active && (
            <Button size="xs" onClick={() => change(true)} loading={follow.isPending} data-testid="follow-bulletin">{t('bulletins.portal.follow')}</Button>
          )}
          {b.following && (
            <Button size="xs" variant="default" onClick={() => change(false)} loading={follow.isPending}>{resolved ? t('bulletins.portal.dismiss') : t('bulletins.portal.unfollow')}</Button>
          )}
        </Group>
        {!b.following && b.active && <Text size="xs" c="dimmed">{t('bulletins.portal.followHelp')}</Text>}
      </Stack>
    </Alert>
  );
}
