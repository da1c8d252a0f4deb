import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useActiveBulletins } from '@/features/knowledge/bulletins';
import { useLinkTickets, useTicketBulletin } from './api';

/** Beside a ticket: the outage it is part of, or a way to say that it is. */
export default function TicketBulletin({ number }: { number: number }) {
  const { t } = useTranslation();
  const current = useTicketBulletin(number);
  const active = useActiveBulletins();
  const [picked, setPicked] = useState<string | null>(null);
  const link = useLinkTickets(Number(picked));
  if (current.isPending) return null;
  if (current.data) {
    return (
      <Alert color="orange" variant="light" icon={<IconSpeakerphone aria-hidden />} title={t('bulletins.partOf')} data-testid="ticket-bulletin">
        <Anchor component={Link} to={`/bulletins/${current.data.id}`} size="sm" fw={600} c="dark.8" underline="always">{current.data.title}</Anchor>
      </Alert>
    );
  }
  const options = (active.data ?? []).map((b) => ({ value: String(b.id), label: b.title }));
  if (!options.length) return null;
  const submit = () =>
    link.mutate([number], {
      onSuccess: () => {
        notify({ color: 'green', message: t('bulletins.linkedNow', { count: 1 }) });
        void current.refetch();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
    });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-bulletin-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="ticket-bulletin-title">{t('bulletins.partOfQuestion')}</Title>
        <Text size="xs" c="dimmed">{t('bulletins.partOfHelp')}</Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select aria-label={t('bulletins.pick')} placeholder={t('bulletins.pick')} data={options} value={picked} onChange={setPicked} size="xs" style={{ flex: 1 }} />
          <Button size="xs" leftSection={<IconLink size={14} aria-hidden />} disabled={!picked} onClick={submit} loading={link.isPending}>{t('bulletins.link')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
