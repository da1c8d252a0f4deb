import { Stack, Text, Title } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { notify } from '@/components/notify';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { UserOut } from '@/api/generated';
import { Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { RequesterPicker } from '@/features/directory/RequesterPicker';
import { TicketForm } from '@/features/tickets/TicketForm';

export default function NewTicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe().data;
  const [requester, setRequester] = useLocalStorage<UserOut | null>({
    key: `sportello.draft.requester.${me?.id ?? 0}`,
    defaultValue: null,
    getInitialValueInEffect: false,
  });

  useEffect(() => {
    document.title = `${t('newTicket.title')} · Sportello`;
  }, [t]);

  // Opened from a customer's page in the directory: that customer is the caller.
  const fromDirectory = (location.state as { requester?: UserOut } | null)?.requester;
  useEffect(() => {
    if (fromDirectory) setRequester(fromDirectory);
  }, [fromDirectory, setRequester]);

  if (!me) return <Loading />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('newTicket.title')}</Title>
        <Text c="dimmed" size="sm">{t('newTicket.help')}</Text>
      </div>
      <TicketForm
        draftKey={`ticket.${me.id}`}
        staff
        requester={requester}
        requesterPicker={<RequesterPicker value={requester} onChange={setRequester} />}
        onCreated={(ticket) => {
          setRequester(null);
          notify({ color: 'green', message: t('newTicket.created', { reference: ticket.reference }) });
          navigate(`/tickets/${ticket.number}`);
        }}
      />
    </Stack>
  );
}
