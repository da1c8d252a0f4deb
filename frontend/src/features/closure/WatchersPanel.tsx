import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useUserSearch } from '@/features/directory/api';
import { useUnwatch, useWatch, useWatchers } from './api';

/**
 * Who follows the ticket. Anyone follows or stops following by themselves (the requester
 * already follows their own request); the support team also adds the requester's colleagues.
 */
export function WatchersPanel({
  number,
  meId,
  requesterId,
  organizationId,
  staff,
}: {
  number: number;
  meId: number;
  requesterId: number;
  organizationId: number | null;
  staff: boolean;
}) {
  const { t } = useTranslation();
  const watchers = useWatchers(number);
  const watch = useWatch(number);
  const unwatch = useUnwatch(number);
  const [search, setSearch] = useState('');
  const [picking, setPicking] = useState(false); // the directory is asked only once the picker opens
  const colleagues = useUserSearch(
    { role: 'customer', organization_id: organizationId ?? undefined, q: search || undefined },
    staff && organizationId !== null && picking,
  ).data;
  const items = watchers.data ?? [];
  const following = items.some((w) => w.user_id === meId);
  const onError = (e: unknown) => notify({ color: 'red', message: errorMessage(e, t) });
  const options = (colleagues?.pages.flatMap((p) => p.items) ?? [])
    .filter((u) => u.id !== requesterId && !items.some((w) => w.user_id === u.id))
    .map((u) => ({ value: String(u.id), label: u.name }));

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="watchers-title" data-testid="watchers-panel">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5" id="watchers-title">{t('closure.watchers')}</Title>
        {meId !== requesterId && (
          <Button
            size="xs"
            variant={following ? 'default' : 'light'}
            leftSection={following ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
            loading={watch.isPending || unwatch.isPending}
            onClick={() => (following ? unwatch.mutate(meId, { onError }) : watch.mutate(meId, { onError }))}
            data-testid="watch-toggle"
          >
            {following ? t('closure.unfollow') : t('closure.follow')}
          </Button>
        )}
      </Group>
      <Stack gap={4}>
        {!items.length && <Text size="sm" c="dimmed">{t('closure.noWatchers')}</Text>}
        {items.map((w) => (
          <Group key={w.user_id} justify="space-between" gap="xs" data-testid="watcher-row">
            <Group gap={6}>
              <Text size="sm">{w.user_id === meId ? t('closure.you', { name: w.name }) : w.name}</Text>
              {w.staff && <Badge size="xs" variant="light">{t('closure.team')}</Badge>}
            </Group>
            {staff && w.user_id !== meId && (
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('closure.removeWatcher', { name: w.name })} onClick={() => unwatch.mutate(w.user_id, { onError })}>
                <IconX size={14} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {staff && organizationId !== null && (
          <Select
            mt="xs"
            size="xs"
            label={t('closure.addColleague')}
            data={options}
            value={null}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            onDropdownOpen={() => setPicking(true)}
            onChange={(v) => v && watch.mutate(Number(v), { onError, onSettled: () => setSearch('') })}
            searchable
            data-testid="watcher-add"
          />
        )}
      </Stack>
    </Card>
  );
}
