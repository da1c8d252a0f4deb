import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '@/api/problem';
import { Markdown, preloadMarkdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useArticle, useVote } from '@/features/knowledge/api';
import { PortalGuide } from './PortalGuide';

export default function HelpArticlePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useArticle(id);
  const vote = useVote(id);
  const [voted, setVoted] = useState<boolean | null>(null);
  useEffect(preloadMarkdown, []);
  const article = query.data?.article;

  useEffect(() => {
    if (article) document.title = `${article.title} · Sportello`;
  }, [article]);

  if (query.isPending) return <Loading />;
  if (isApiError(query.error, 404) || !Number.isSafeInteger(id)) {
    return (
      <Paper withBorder radius="md">
        <Empty title={t('bulletins.help.notFound')}>
          <Anchor component={Link} to="/portal/help">{t('bulletins.help.back')}</Anchor>
        </Empty>
      </Paper>
    );
  }
  if (query.isError || !article) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const answer = (helpful: boolean) =>
    vote.mutate(helpful, {
      onSuccess: () => {
        setVoted(helpful);
        notify({ message: t('bulletins.help.thanks') });
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
    });

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/portal/help" size="sm">{t('bulletins.help.title')}</Anchor>
        <Text size="sm" c="dimmed" truncate maw={420}>{article.title}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">{article.title}</Title>
      <Paper withBorder p="lg" radius="md" component="article" data-testid="help-article-body">
        <Markdown source={article.body} />
      </Paper>
      {article.kind === 'guide' && <PortalGuide guideId={article.id} title={article.title} />}
      {article.kind === 'article' && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="helpful-title" data-testid="helpful">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600} size="sm" id="helpful-title">{t('bulletins.help.helpful')}</Text>
            {voted === null ? (
              <Group gap="xs">
                <Button size="xs" variant="light" color="green" leftSection={<IconThumbUp size={14} aria-hidden />} onClick={() => answer(true)} loading={vote.isPending && vote.variables}>
                  {t('common.yes')}
                </Button>
                <Button size="xs" variant="light" color="red" leftSection={<IconThumbDown size={14} aria-hidden />} onClick={() => answer(false)} loading={vote.isPending && !vote.variables}>
                  {t('common.no')}
                </Button>
              </Group>
            ) : (
              <Text size="sm" role="status" data-testid="helpful-thanks">
                {voted ? t('bulletins.help.gladHelped') : t('bulletins.help.sorryNotHelped')}{' '}
                {!voted && <Anchor component={Link} to="/portal/new">{t('bulletins.help.askUs')}</Anchor>}
              </Text>
            )}
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
