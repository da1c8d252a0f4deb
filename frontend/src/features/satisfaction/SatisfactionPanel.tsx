import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '@/components/notify';
import { useFormat } from '@/i18n/format';
import { useRate, useSatisfaction } from './api';
import { RatingBadge } from './RatingPicker';
import { RatingForm } from './RatingForm';

/**
 * The requester's view: once the ticket is resolved, the five faces and a comment; the answer
 * can be changed until the ticket is closed. Anyone else reading the request sees the rating.
 */
export function PortalSatisfaction({ number, version }: { number: number; version: number }) {
  const { t } = useTranslation();
  const query = useSatisfaction(number, version);
  const rate = useRate(number, query.data?.etag ?? null);
  const survey = query.data?.survey;
  if (!survey || (!survey.can_rate && survey.rating == null)) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="satisfaction-title" data-testid="satisfaction">
      <Stack gap="sm">
        <Title order={2} size="h5" id="satisfaction-title">{t('satisfaction.title')}</Title>
        {survey.can_rate ? (
          <RatingForm
            key={`${survey.rating ?? 0}-${survey.updated_at ?? ''}`}
            name={`rating-${number}`}
            initialRating={survey.rating ?? null}
            initialComment={survey.comment ?? null}
            answered={survey.rating != null}
            pending={rate.isPending}
            error={rate.error}
            onSubmit={(body) =>
              rate.mutate(body, { onSuccess: () => notify({ color: 'green', message: t('satisfaction.thanks') }) })
            }
          />
        ) : (
          survey.rating != null && (
            <>
              <RatingBadge rating={survey.rating} />
              {survey.comment && <Text size="sm" fs="italic">“{survey.comment}”</Text>}
              <Text size="xs" c="dimmed">{t('satisfaction.final')}</Text>
            </>
          )
        )}
      </Stack>
    </Paper>
  );
}

/** The support team's view: the requester's rating and comment, or that none came yet. */
export function AgentSatisfaction({ number, version }: { number: number; version: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const survey = useSatisfaction(number, version).data?.survey;
  if (!survey || !survey.offered_at) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="satisfaction-title" data-testid="satisfaction">
      <Stack gap={6}>
        <Title order={2} size="h6" id="satisfaction-title">{t('satisfaction.title')}</Title>
        {survey.rating != null ? (
          <>
            <RatingBadge rating={survey.rating} />
            {survey.comment && <Text size="sm" fs="italic" data-testid="rating-comment">“{survey.comment}”</Text>}
            <Text size="xs" c="dimmed">
              {t('satisfaction.answeredVia', {
                when: fmt.dateTime(survey.updated_at ?? survey.answered_at ?? survey.offered_at),
                channel: t(`satisfaction.channel.${survey.channel ?? 'portal'}`),
              })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">{t('satisfaction.awaiting', { when: fmt.dateTime(survey.offered_at) })}</Text>
        )}
      </Stack>
    </Paper>
  );
}
