import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { notify } from '@/components/notify';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TicketView } from '@/features/tickets/api';
import { Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { OutageNotice } from '@/features/bulletins';
import { ArticleSuggestions } from '@/features/knowledge';
import { useGuideRequest } from '@/features/knowledge/api';
import { TicketForm } from '@/features/tickets/TicketForm';
import { decodeAnswers } from '@/lib/guide';

export default function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const [params] = useSearchParams();
  const [subject, setSubject] = useState('');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  // Arriving from a guide's ticket leaf: its subject and category prefill the form, and the
  // request is opened through the guide so its team and the answers given come along.
  const guideId = Number(params.get('guide')) || null;
  const guide = useMemo(
    () => ({ id: guideId ?? 0, answers: decodeAnswers(params.get('a')), revision: Number(params.get('rev')) || undefined }),
    [guideId, params],
  );
  const prefill = useMemo(
    () => (guideId ? { subject: params.get('subject') ?? '', categoryId: params.get('category') } : undefined),
    [guideId, params],
  );
  const viaGuide = useGuideRequest(guide);

  useEffect(() => {
    document.title = `${t('portal.newRequest.title')} · Sportello`;
  }, [t]);

  if (!me) return <Loading />;
  const created = (ticket: TicketView) => {
    notify({ color: 'green', message: t('portal.newRequest.created', { reference: ticket.reference }) });
    navigate(`/portal/requests/${ticket.number}`);
  };
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('portal.newRequest.title')}</Title>
        <Text c="dimmed" size="sm">{t('portal.newRequest.help')}</Text>
      </div>
      {guideId && (
        <Alert color="blue" variant="light" icon={<IconRoute aria-hidden />} data-testid="from-guide">
          {t('bulletins.guide.prefilled')}
        </Alert>
      )}
      <OutageNotice categoryId={categoryId} subject={subject} />
      <TicketForm
        key={guideId ? `guide-${guideId}-${params.get('a')}` : 'request'}
        draftKey={guideId ? `request.${me.id}.guide.${guideId}` : `request.${me.id}`}
        staff={false}
        prefill={prefill}
        lockCategory={Boolean(guideId && prefill?.categoryId)}
        createVia={guideId ? viaGuide : undefined}
        onSubjectChange={setSubject}
        onCategoryChange={setCategoryId}
        onCreated={created}
      />
      <ArticleSuggestions subject={subject} audience="public" />
    </Stack>
  );
}
