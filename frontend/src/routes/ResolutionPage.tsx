import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isApiError } from '@/api/problem';
import { errorMessage, Loading } from '@/components/States';
import { useAnswerResolution, useResolutionLink } from '@/features/mail/api';

/**
 * Where a resolution mail's links land, signed in or not: the ticket and two buttons. Opening
 * the page changes nothing (mail scanners open links); only a button press answers.
 */
export default function ResolutionPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const suggested = params.get('answer');
  const link = useResolutionLink(token);
  const answer = useAnswerResolution(token);

  useEffect(() => {
    document.title = `${t('mail.resolution.title')} · Sportello`;
  }, [t]);

  let body;
  if (!token) body = <Alert color="red">{t('mail.resolution.invalid')}</Alert>;
  else if (link.isPending) body = <Loading />;
  else if (link.isError) {
    const expired = isApiError(link.error) && String(link.error.problem.type ?? '').endsWith('/link-expired');
    body = <Alert color="red" data-testid="resolution-invalid">{t(expired ? 'mail.resolution.expired' : 'mail.resolution.invalid')}</Alert>;
  } else {
    const ticket = link.data;
    const done = answer.data;
    body = (
      <Stack>
        <Text fw={600} data-testid="resolution-reference">{ticket.reference}</Text>
        <Text>{ticket.subject}</Text>
        {done ? (
          <Alert color="green" role="status" data-testid="resolution-done">
            {t(done.status === 'closed' ? 'mail.resolution.confirmed' : 'mail.resolution.reopened')}
          </Alert>
        ) : ticket.actionable ? (
          <>
            <Text>{t('mail.resolution.question')}</Text>
            <Group>
              <Button variant={suggested === 'reopen' ? 'default' : 'filled'} loading={answer.isPending && answer.variables === 'confirm'} onClick={() => answer.mutate('confirm')}>
                {t('mail.resolution.confirm')}
              </Button>
              <Button variant={suggested === 'reopen' ? 'filled' : 'default'} loading={answer.isPending && answer.variables === 'reopen'} onClick={() => answer.mutate('reopen')}>
                {t('mail.resolution.reopen')}
              </Button>
            </Group>
          </>
        ) : (
          <Alert color="blue" data-testid="resolution-answered">{t('mail.resolution.answered', { status: t(`status.${ticket.status}`) })}</Alert>
        )}
        {answer.isError && <Alert color="red">{errorMessage(answer.error, t)}</Alert>}
      </Stack>
    );
  }
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" radius="md" w={480}>
        <Stack>
          <Title order={1} size="h3">{t('mail.resolution.title')}</Title>
          {body}
        </Stack>
      </Paper>
    </Center>
  );
}
