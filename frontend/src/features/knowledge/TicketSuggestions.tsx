import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBook2, IconCheck, IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useLinkSolution, useSolutions, useTicketSuggestions } from './api';
import { Highlight } from './Highlight';

/** Beside a ticket: articles and similar resolved tickets, and the articles linked as its solution. */
export default function TicketSuggestions({ number }: { number: number }) {
  const { t } = useTranslation();
  const suggestions = useTicketSuggestions(number);
  const solutions = useSolutions(number);
  const link = useLinkSolution(number);
  const [all, setAll] = useState(false);
  const shown = (n: number) => (all ? n : 3);
  const linked = new Set((solutions.data ?? []).map((s) => s.article.id));

  const toggle = (articleId: number, on: boolean) =>
    link.mutate(
      { articleId, link: on },
      {
        onSuccess: () => notify({ color: 'green', message: t(on ? 'kb.solution.linked' : 'kb.solution.unlinked') }),
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="kb-suggestions-title" data-testid="kb-suggestions">
      <Group gap="xs" mb="sm">
        <IconBook2 size={18} aria-hidden />
        <Title order={2} size="h5" id="kb-suggestions-title">{t('kb.suggestions.title')}</Title>
      </Group>
      {(solutions.data?.length ?? 0) > 0 && (
        <Stack gap={6} mb="md" aria-label={t('kb.solution.title')}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('kb.solution.title')}</Text>
          {solutions.data!.map((s) => (
            <Group key={s.article.id} gap="xs" wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <IconCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
                <Anchor component={Link} to={`/kb/${s.article.id}`} size="sm" truncate>{s.article.title}</Anchor>
              </Group>
              <Tooltip label={t('kb.solution.unlink')}>
                <Button size="compact-xs" variant="subtle" color="gray" aria-label={`${t('kb.solution.unlink')}: ${s.article.title}`} onClick={() => toggle(s.article.id, false)} loading={link.isPending}>
                  <IconUnlink size={14} aria-hidden />
                </Button>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : (
        <Stack gap="md">
          <Stack gap="xs">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('kb.suggestions.articles')}</Text>
            {suggestions.data.articles.length === 0 && <Text size="sm" c="dimmed">{t('kb.suggestions.noArticles')}</Text>}
            {suggestions.data.articles.slice(0, shown(suggestions.data.articles.length)).map((hit) => (
              <Stack key={hit.article.id} gap={2} data-testid="kb-suggested-article">
                <Anchor component={Link} to={`/kb/${hit.article.id}`} size="sm" fw={600}>
                  <Highlight html={hit.title_html} />
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={3}><Highlight html={hit.snippet_html} /></Text>
                <Group gap={6}>
                  <Badge size="xs" variant="light" color={hit.article.visibility === 'public' ? 'teal' : 'gray'}>
                    {t(`kb.visibility.${hit.article.visibility}`)}
                  </Badge>
                  <Badge size="xs" variant="outline" color="gray">{hit.article.language.toUpperCase()}</Badge>
                  {!linked.has(hit.article.id) && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      leftSection={<IconLink size={12} aria-hidden />}
                      onClick={() => toggle(hit.article.id, true)}
                      loading={link.isPending && link.variables?.articleId === hit.article.id}
                      aria-label={`${t('kb.solution.link')}: ${hit.article.title}`}
                    >
                      {t('kb.solution.link')}
                    </Button>
                  )}
                </Group>
              </Stack>
            ))}
          </Stack>
          <Stack gap="xs">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('kb.suggestions.similar')}</Text>
            {suggestions.data.similar_tickets.length === 0 && <Text size="sm" c="dimmed">{t('kb.suggestions.noSimilar')}</Text>}
            {suggestions.data.similar_tickets.slice(0, shown(suggestions.data.similar_tickets.length)).map((s) => (
              <Stack key={s.ticket.number} gap={2} data-testid="kb-similar-ticket">
                <Anchor component={Link} to={`/tickets/${s.ticket.number}`} size="sm" fw={600}>
                  {s.ticket.reference} · {s.ticket.subject}
                </Anchor>
                {s.ticket.resolution ? (
                  <Text size="xs" lineClamp={4}>
                    <Text span fw={600} size="xs">{t('kb.suggestions.resolution')}: </Text>
                    {s.ticket.resolution}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed" lineClamp={2}><Highlight html={s.snippet_html} /></Text>
                )}
              </Stack>
            ))}
          </Stack>
          {!all && (suggestions.data.articles.length > 3 || suggestions.data.similar_tickets.length > 3) && (
            <Button size="xs" variant="subtle" onClick={() => setAll(true)}>{t('kb.more')}</Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}

