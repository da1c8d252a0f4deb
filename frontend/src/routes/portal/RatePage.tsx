import { Alert, Anchor, Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isApiError } from '@/api/problem';
import { ErrorState, Loading } from '@/components/States';
import { useRateByLink, useRatingLink } from '@/features/satisfaction/api';
import { RatingBadge } from '@/features/satisfaction/RatingPicker';
import { RatingForm } from '@/features/satisfaction/RatingForm';

/**
 * Where a resolution email's rating links land, signed in or not: the face clicked in the mail is
 * chosen, and nothing is recorded until "Send" (mail scanners open every link in a message).
 */
export default function RatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const clicked = Number(params.get('rating'));
  const chosen = Number.isInteger(clicked) && clicked >= 1 && clicked <= 5 ? clicked : null;
  const link = useRatingLink(token);
  const rate = useRateByLink(token);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    document.title = `${t('satisfaction.title')} · Sportello`;
  }, [t]);

  let body;
  if (!token || isApiError(link.error, 404)) {
    body = (
      <Alert color="orange" role="alert" title={t('satisfaction.link.invalidTitle')}>
        <Text size="sm">{t('satisfaction.link.invalid')}</Text>
        <Anchor component={Link} to="/portal" size="sm">{t('satisfaction.link.signIn')}</Anchor>
      </Alert>
    );
  } else if (link.isPending) {
    body = <Loading />;
  } else if (link.isError) {
    body = <ErrorState error={link.error} onRetry={() => void link.refetch()} />;
  } else {
    const info = link.data;
    body = (
      <Stack gap="md">
        <div>
          <Text size="sm" c="dimmed" ff="monospace">#{info.ticket_number}</Text>
          <Title order={2} size="h4" style={{ wordBreak: 'break-word' }}>{info.subject}</Title>
        </div>
        {sent && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="rating-sent">
            {t('satisfaction.thanks')}
          </Alert>
        )}
        {info.can_rate ? (
          <RatingForm
            name="rating"
            initialRating={chosen ?? info.rating ?? null}
            initialComment={info.comment ?? null}
            answered={info.rating != null}
            pending={rate.isPending}
            error={rate.error}
            onSubmit={(answer) => rate.mutate(answer, { onSuccess: () => setSent(true) })}
          />
        ) : (
          <Stack gap={6}>
            {info.rating != null && <RatingBadge rating={info.rating} />}
            <Text size="sm" c="dimmed">{t('satisfaction.link.closed')}</Text>
          </Stack>
        )}
      </Stack>
    );
  }
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Container size={560} w="100%">
        <Paper withBorder p="lg" radius="md" component="main">
          <Stack gap="md">
            <Title order={1} size="h3">{t('satisfaction.title')}</Title>
            {body}
          </Stack>
        </Paper>
      </Container>
    </Center>
  );
}
