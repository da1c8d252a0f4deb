import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconHistory, IconRestore, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Markdown, preloadMarkdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { ArticleBadges } from '@/features/knowledge/ArticleBadges';
import { useArticle, useRestoreRevision, useRevisions, useVote } from '@/features/knowledge/api';
import { useFormat } from '@/i18n/format';
import { GuideWalk } from './GuideWalk';

export default function ArticlePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = Number(useParams().id);
  const query = useArticle(id);
  const revisions = useRevisions(id);
  const restore = useRestoreRevision(id);
  const vote = useVote(id);
  preloadMarkdown();

  const article = query.data?.article;
  useEffect(() => {
    if (article) document.title = `${article.title} · Sportello`;
  }, [article]);

  if (query.isPending) return <Loading />;
  if (query.isError || !article) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const onRestore = (number: number) =>
    restore.mutate(number, {
      onSuccess: () => notify({ color: 'green', message: t('kb.revisions.restored', { number }) }),
      onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
    });

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/kb" size="sm">{t('kb.title')}</Anchor>
        <Text size="sm" c="dimmed" truncate maw={420}>{article.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1} size="h2">{article.title}</Title>
          <ArticleBadges article={article} />
        </Stack>
        {article.kind === 'guide' ? (
          <Group gap="sm">
            <Button component={Link} to={`/kb/${id}/edit`} variant="default">{t('guideEditorLinks.editDetails')}</Button>
            <Button component={Link} to={`/kb/${id}/guide`} variant="default" leftSection={<IconEdit size={16} aria-hidden />}>
              {t('guideEditorLinks.editGuide')}
            </Button>
          </Group>
        ) : (
          <Button component={Link} to={`/kb/${id}/edit`} variant="default" leftSection={<IconEdit size={16} aria-hidden />}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="lg" radius="md" component="article" data-testid="article-body">
              {article.body.trim() ? <Markdown source={article.body} /> : <Text c="dimmed">{t('kb.noBody')}</Text>}
            </Paper>
            {article.kind === 'guide' && <GuideWalk guideId={article.id} title={article.title} />}
            <Paper withBorder p="md" radius="md">
              <Group justify="space-between">
                <Text fw={600} size="sm">{t('kb.vote.question')}</Text>
                <Group gap="xs">
                  <Button size="xs" variant="light" color="green" leftSection={<IconThumbUp size={14} aria-hidden />} onClick={() => vote.mutate(true, { onSuccess: () => notify({ message: t('kb.vote.thanks') }) })}>
                    {t('common.yes')} · {format.number(article.helpful_count)}
                  </Button>
                  <Button size="xs" variant="light" color="red" leftSection={<IconThumbDown size={14} aria-hidden />} onClick={() => vote.mutate(false, { onSuccess: () => notify({ message: t('kb.vote.thanks') }) })}>
                    {t('common.no')} · {format.number(article.not_helpful_count)}
                  </Button>
                </Group>
              </Group>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-label={t('kb.details')}>
              <Stack gap={6}>
                <Detail label={t('kb.field.updated')} value={format.dateTime(article.updated_at)} />
                {article.published_at && <Detail label={t('kb.field.published')} value={format.dateTime(article.published_at)} />}
                <Detail label={t('kb.field.revision')} value={String(article.revision)} />
                <Detail label={t('kb.field.views')} value={format.number(article.view_count)} />
                {article.tags.length > 0 && <Detail label={t('kb.field.tags')} value={article.tags.map((x) => `#${x}`).join(' ')} />}
                {article.source_ticket_id && (
                  <Detail label={t('kb.field.source')} value={<Anchor component={Link} to={`/tickets/${article.source_ticket_id}`} size="sm">#{article.source_ticket_id}</Anchor>} />
                )}
              </Stack>
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="revisions-title">
              <Group gap="xs" mb="sm">
                <IconHistory size={18} aria-hidden />
                <Title order={2} size="h5" id="revisions-title">{t('kb.revisions.title')}</Title>
                {(revisions.data?.items.length ?? 0) > 1 && (
                  <Anchor component={Link} to={`/kb/${id}/compare`} size="sm" ml="auto" data-testid="compare-revisions">
                    {t('triage.compare.link')}
                  </Anchor>
                )}
              </Group>
              {revisions.isPending ? (
                <Loading />
              ) : revisions.isError ? (
                <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />
              ) : (
                <Stack gap="xs" data-testid="revisions">
                  {revisions.data.items.map((r) => (
                    <Group key={r.number} justify="space-between" wrap="nowrap" align="flex-start">
                      <div style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600}>
                          {t('kb.revisions.number', { number: r.number })}
                          {r.number === article.revision && <Badge ml={6} size="xs" variant="light" color="green">{t('kb.revisions.current')}</Badge>}
                        </Text>
                        <Text size="xs" c="dimmed">{format.dateTime(r.created_at)}</Text>
                        {r.note && <Text size="xs" lineClamp={2}>{r.note}</Text>}
                        {r.restored_from && <Text size="xs" c="dimmed">{t('kb.revisions.restoredFrom', { number: r.restored_from })}</Text>}
                      </div>
                      {r.number !== article.revision && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          leftSection={<IconRestore size={12} aria-hidden />}
                          onClick={() => onRestore(r.number)}
                          loading={restore.isPending && restore.variables === r.number}
                          aria-label={t('kb.revisions.restoreNumber', { number: r.number })}
                        >
                          {t('kb.revisions.restore')}
                        </Button>
                      )}
                    </Group>
                  ))}
                </Stack>
              )}
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="sm" component="div" ta="right">{value}</Text>
    </Group>
  );
}
