import { Stack, Text, Title } from '@mantine/core';
import { notify } from '@/components/notify';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { ArticleSuggestions } from '@/features/knowledge';
import { TicketForm } from '@/features/tickets/TicketForm';

export default function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const [subject, setSubject] = useState('');

  useEffect(() => {
    document.title = `${t('portal.newRequest.title')} · Sportello`;
  }, [t]);

  if (!me) return <Loading />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('portal.newRequest.title')}</Title>
        <Text c="dimmed" size="sm">{t('portal.newRequest.help')}</Text>
      </div>
      <TicketForm
        draftKey={`request.${me.id}`}
        staff={false}
        onSubjectChange={setSubject}
        onCreated={(ticket) => {
          notify({ color: 'green', message: t('portal.newRequest.created', { reference: ticket.reference }) });
          navigate(`/portal/requests/${ticket.number}`);
        }}
      />
      <ArticleSuggestions subject={subject} audience="public" />
    </Stack>
  );
}
