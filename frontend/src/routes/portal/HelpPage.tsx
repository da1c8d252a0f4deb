import { Anchor, Button, Card, Chip, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBook2, IconRoute, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useCategories } from '@/features/directory/api';
import { useArticlePages, useArticleSearch } from '@/features/knowledge/api';
import { Highlight } from '@/features/knowledge/Highlight';

/** The customers' knowledge base: search it, or browse it by category. Only public articles reach them. */
export default function HelpPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const category = params.get('category');
  const [q] = useDebouncedValue(text.trim(), 300);
  const categories = useCategories().data ?? [];
  const search = useArticleSearch(q);
  const list = useArticlePages({ category_id: category ? Number(category) : undefined, sort: 'title' });
  const articles = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const hits = useMemo(() => search.data?.pages.flatMap((p) => p.items).filter((h) => h.article) ?? [], [search.data]);

  useEffect(() => {
    document.title = `${t('bulletins.help.title')} · Sportello`;
  }, [t]);

  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const topLevel = categories.filter((c) => c.parent_id === null && c.active);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('bulletins.help.title')}</Title>
        <Text c="dimmed" size="sm">{t('bulletins.help.subtitle')}</Text>
      </div>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          label={t('bulletins.help.search')}
          placeholder={t('bulletins.help.searchPlaceholder')}
          value={text}
          onChange={(e) => set('q', e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          data-testid="help-search"
        />
      </form>
      {q ? (
        search.isPending ? (
          <Loading />
        ) : search.isError ? (
          <ErrorState error={search.error} onRetry={() => void search.refetch()} />
        ) : (
          <Stack gap="sm" component="section" aria-label={t('bulletins.help.results')} data-testid="help-results">
            {hits.length === 0 && <Empty title={t('bulletins.help.noResults')}>{t('bulletins.help.noResultsHelp')}</Empty>}
            {hits.map((hit) =>
              hit.article ? (
                <Paper key={hit.article.id} withBorder p="md" radius="md">
                  <Stack gap={4}>
                    <Anchor component={Link} to={`/portal/help/${hit.article.id}`} fw={600}>
                      <Highlight html={hit.title_html} />
                    </Anchor>
                    <Text size="sm" c="dimmed" lineClamp={3}><Highlight html={hit.snippet_html} /></Text>
                  </Stack>
                </Paper>
              ) : null,
            )}
            {search.hasNextPage && (
              <Button variant="default" onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage}>{t('bulletins.help.more')}</Button>
            )}
          </Stack>
        )
      ) : (
        <Stack gap="sm">
          <Chip.Group multiple={false} value={category ?? 'all'} onChange={(v) => set('category', v === 'all' ? null : v)}>
            <Group gap="xs" role="group" aria-label={t('bulletins.help.categories')}>
              <Chip value="all" variant="outline">{t('bulletins.help.allCategories')}</Chip>
              {topLevel.map((c) => (
                <Chip key={c.id} value={String(c.id)} variant="outline">{c.name}</Chip>
              ))}
            </Group>
          </Chip.Group>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : articles.length === 0 ? (
            <Card withBorder radius="md"><Empty title={t('bulletins.help.empty')} /></Card>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('bulletins.help.articles')}>
              {articles.map((a) => (
                <li key={a.id}>
                  <Card withBorder radius="md" component={Link} to={`/portal/help/${a.id}`} h="100%" data-testid="help-article">
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      {a.kind === 'guide' ? <IconRoute size={18} aria-hidden /> : <IconBook2 size={18} aria-hidden />}
                      <div>
                        <Text fw={600}>{a.title}</Text>
                        <Text size="xs" c="dimmed">{a.kind === 'guide' ? t('bulletins.help.guide') : t('bulletins.help.article')}</Text>
                      </div>
                    </Group>
                  </Card>
                </li>
              ))}
            </SimpleGrid>
          )}
          {list.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('bulletins.help.more')}</Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
