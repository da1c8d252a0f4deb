import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { useBulletinPages, type BulletinState } from '@/features/bulletins/api';
import { BulletinBadges } from '@/features/bulletins/BulletinBadges';
import { BulletinForm } from '@/features/bulletins/BulletinForm';
import { useFormat } from '@/i18n/format';

const STATES: BulletinState[] = ['active', 'upcoming', 'past', 'all'];

export default function BulletinsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useMe().data;
  const [state, setState] = useState<BulletinState>('active');
  const [creating, setCreating] = useState(false);
  const pages = useBulletinPages(state);
  const bulletins = useMemo(() => pages.data?.pages.flatMap((p) => p.items) ?? [], [pages.data]);
  const manager = me?.role === 'supervisor' || me?.role === 'admin';

  useEffect(() => {
    document.title = `${t('bulletins.title')} · Sportello`;
  }, [t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2">{t('bulletins.title')}</Title>
          <Text c="dimmed" size="sm">{t('bulletins.subtitle')}</Text>
        </div>
        {manager && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>{t('bulletins.new')}</Button>
        )}
      </Group>
      <SegmentedControl
        aria-label={t('bulletins.show')}
        value={state}
        onChange={(v) => setState(v as BulletinState)}
        data={STATES.map((s) => ({ value: s, label: t(`bulletins.state.${s}`) }))}
        w="fit-content"
      />
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : bulletins.length === 0 ? (
        <Card withBorder radius="md"><Empty title={t('bulletins.none')}>{t('bulletins.noneHelp')}</Empty></Card>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('bulletins.title')}>
          {bulletins.map((b) => (
            <li key={b.id}>
              <Card withBorder radius="md" component={Link} to={`/bulletins/${b.id}`} data-testid="bulletin-card">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600}>{b.title}</Text>
                    <Text size="sm" c="dimmed">
                      {t('bulletins.window', { start: format.dateTime(b.starts_at), end: b.ends_at ? format.dateTime(b.ends_at) : t('bulletins.openEnded') })}
                    </Text>
                    <Text size="sm" c="dimmed">{t('bulletins.linked', { count: b.linked_ticket_count ?? 0 })}</Text>
                  </div>
                  <BulletinBadges bulletin={b} />
                </Group>
              </Card>
            </li>
          ))}
        </Stack>
      )}
      {pages.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>{t('queue.loadMore')}</Button>
        </Group>
      )}
      {creating && <BulletinForm bulletin={null} onClose={() => setCreating(false)} onSaved={(b) => navigate(`/bulletins/${b.id}`)} />}
    </Stack>
  );
}
