import { Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBook2, IconPlus, IconRoute, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ArticleKind, ArticleStatus, Language } from '@/api/generated';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useArticlePages, useArticleSearch, type ArticleQuery } from '@/features/knowledge/api';
import { ArticleBadges } from '@/features/knowledge/ArticleBadges';
import { Highlight } from '@/features/knowledge/Highlight';
import { LANGUAGE_NAMES, LANGUAGES } from '@/i18n';
import { useFormat } from '@/i18n/format';

const STATUSES: ArticleStatus[] = ['published', 'draft', 'archived'];

export default function KnowledgePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), 250);
  const language = (params.get('language') as Language | null) ?? undefined;
  const kind = (params.get('kind') as ArticleKind | null) ?? undefined;
  const status = (params.get('status') as ArticleStatus | null) ?? undefined;

  useEffect(() => {
    document.title = `${t('kb.title')} · Sportello`;
  }, [t]);

  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const setParam = (name: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  const query: ArticleQuery = { language, kind, status, limit: 25 };
  const list = useArticlePages(query);
  const search = useArticleSearch(q, language);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('kb.title')}</Title>
          <Text c="dimmed" size="sm">{t('kb.subtitle')}</Text>
        </div>
        <Group gap="sm">
          <Button component={Link} to="/kb/guides/new" variant="default" leftSection={<IconRoute size={16} aria-hidden />}>{t('guideEditorLinks.newGuide')}</Button>
          <Button component={Link} to="/kb/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('kb.new')}</Button>
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            role="searchbox"
            style={{ flex: 1, minWidth: 240 }}
            label={t('kb.search')}
            placeholder={t('kb.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Select
            label={t('common.language')}
            w={150}
            clearable
            placeholder={t('kb.any')}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={language ?? null}
            onChange={(v) => setParam('language', v)}
          />
          {!q && (
            <>
              <Select
                label={t('kb.statusLabel')}
                w={160}
                clearable
                placeholder={t('kb.any')}
                data={STATUSES.map((s) => ({ value: s, label: t(`kb.status.${s}`) }))}
                value={status ?? null}
                onChange={(v) => setParam('status', v)}
              />
              <SegmentedControl
                aria-label={t('kb.kindLabel')}
                value={kind ?? 'all'}
                onChange={(v) => setParam('kind', v === 'all' ? null : v)}
                data={[
                  { value: 'all', label: t('kb.kind.all') },
                  { value: 'article', label: t('kb.kind.article') },
                  { value: 'guide', label: t('kb.kind.guides') },
                ]}
              />
            </>
          )}
        </Group>
      </Paper>

      {q ? (
        search.isPending ? (
          <Loading />
        ) : search.isError ? (
          <ErrorState error={search.error} onRetry={() => void search.refetch()} />
        ) : (
          <Stack gap="sm" aria-label={t('kb.results')} data-testid="kb-results">
            {search.data.pages.flatMap((p) => p.items).length === 0 && <Empty title={t('kb.noResults')}>{t('kb.noResultsHelp')}</Empty>}
            {search.data.pages.flatMap((p) => p.items).map((hit) =>
              hit.article ? (
                <Paper key={hit.article.id} withBorder p="md" radius="md">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Anchor component={Link} to={`/kb/${hit.article.id}`} fw={600}>
                        <Highlight html={hit.title_html} />
                      </Anchor>
                      <ArticleBadges article={hit.article} />
                    </Group>
                    <Text size="sm" c="dimmed" lineClamp={3}><Highlight html={hit.snippet_html} /></Text>
                  </Stack>
                </Paper>
              ) : null,
            )}
            {search.hasNextPage && (
              <Button variant="default" onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage}>{t('kb.more')}</Button>
            )}
          </Stack>
        )
      ) : list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.pages[0].items.length === 0 ? (
        <Empty title={t('kb.empty')} />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kb.field.title')}</Table.Th>
                  <Table.Th>{t('kb.field.state')}</Table.Th>
                  <Table.Th>{t('kb.field.updated')}</Table.Th>
                  <Table.Th ta="right">{t('kb.field.views')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.pages.flatMap((p) => p.items).map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {a.kind === 'guide' ? <IconRoute size={16} aria-hidden /> : <IconBook2 size={16} aria-hidden />}
                        <Anchor component={Link} to={`/kb/${a.id}`} fw={500}>{a.title}</Anchor>
                      </Group>
                      {a.tags.length > 0 && <Text size="xs" c="dimmed" ml={24}>{a.tags.map((tag) => `#${tag}`).join(' ')}</Text>}
                    </Table.Td>
                    <Table.Td><ArticleBadges article={a} /></Table.Td>
                    <Table.Td><Text size="sm">{format.date(a.updated_at)}</Text></Table.Td>
                    <Table.Td ta="right"><Text size="sm">{format.number(a.view_count)}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.hasNextPage && (
            <Group justify="center" p="sm">
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('kb.more')}</Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
