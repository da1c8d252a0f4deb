import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Paper, Select, Stack, TagsInput, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconInfoCircle, IconEye, IconPencil } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ArticleOut, ArticleStatus, Language, Visibility } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Markdown, preloadMarkdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { useArticle, useCreateArticle, useUpdateArticle } from '@/features/knowledge/api';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/i18n';

interface Values {
  title: string;
  body: string;
  language: Language;
  status: ArticleStatus;
  visibility: Visibility;
  tags: string[];
  note: string;
}

const TAG = /^[a-z0-9][a-z0-9_.-]{0,49}$/;

export default function ArticleEditPage() {
  const id = Number(useParams().id);
  const existing = useArticle(id);
  if (!id) return <ArticleEditor />;
  if (existing.isPending) return <Loading />;
  if (existing.isError) return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  return <ArticleEditor article={existing.data.article} key={existing.data.article.version} />;
}

function ArticleEditor({ article }: { article?: ArticleOut }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? 0);
  const [values, setValues] = useState<Values>(() => ({
    title: article?.title ?? '',
    body: article?.body ?? '',
    language: article?.language ?? (currentLanguage() as Language),
    status: article?.status ?? 'draft',
    visibility: article?.visibility ?? 'internal',
    tags: article?.tags ?? [],
    note: '',
  }));
  const [tab, setTab] = useState<string | null>('write');
  const [conflict, setConflict] = useState(false);
  const role = useMe().data?.role;
  // The API lets only supervisors and administrators leave an article published for customers.
  const cannotPublish = role === 'agent' && values.status === 'published' && values.visibility === 'public';
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  preloadMarkdown();

  useEffect(() => {
    document.title = `${article ? t('kb.edit.title') : t('kb.new')} · Sportello`;
  }, [t, article]);

  const badTags = values.tags.filter((tag) => !TAG.test(tag));
  const saving = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim() || badTags.length || cannotPublish) return;
    const common = {
      title: values.title.trim(),
      body: values.body,
      language: values.language,
      status: values.status,
      visibility: values.visibility,
      tags: values.tags,
      note: values.note.trim() || undefined,
    };
    const done = (saved: ArticleOut) => {
      notify({ color: 'green', message: t('kb.edit.saved') });
      navigate(`/kb/${saved.id}`);
    };
    const failed = (error: unknown) => {
      if (isApiError(error) && error.status === 412) setConflict(true);
      else notify({ color: 'red', message: errorMessage(error, t) });
    };
    // mutateAsync: a save makes a new version, which remounts this editor (callbacks given to
    // mutate would not run once it has gone).
    if (article) update.mutateAsync(common).then(done, failed);
    else create.mutateAsync({ ...common, kind: 'article' }).then(done, failed);
  };

  return (
    <form onSubmit={submit} noValidate>
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/kb" size="sm">{t('kb.title')}</Anchor>
        {article && <Anchor component={Link} to={`/kb/${article.id}`} size="sm">{article.title}</Anchor>}
        <Text size="sm" c="dimmed">{article ? t('kb.edit.title') : t('kb.new')}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} size="h2">{article ? t('kb.edit.title') : t('kb.new')}</Title>
        <Group gap="sm">
          <Button variant="default" component={Link} to={article ? `/kb/${article.id}` : '/kb'}>{t('common.cancel')}</Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving} disabled={cannotPublish}>{t('common.save')}</Button>
        </Group>
      </Group>
      {cannotPublish && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} data-testid="publish-role">
          {t('kb.edit.publishRole')}
        </Alert>
      )}
      {conflict && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('kb.edit.conflict')} role="alert">
          {t('kb.edit.conflictHelp')}
        </Alert>
      )}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <TextInput
                label={t('kb.field.title')}
                required
                maxLength={200}
                value={values.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                error={!values.title.trim() && (create.isError || update.isError) ? t('kb.edit.titleRequired') : undefined}
              />
              <Tabs value={tab} onChange={setTab} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="write" leftSection={<IconPencil size={14} aria-hidden />}>{t('kb.edit.write')}</Tabs.Tab>
                  <Tabs.Tab value="preview" leftSection={<IconEye size={14} aria-hidden />}>{t('kb.edit.preview')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="write" pt="sm">
                  <Textarea
                    aria-label={t('kb.field.body')}
                    description={t('kb.edit.markdownHelp')}
                    autosize
                    minRows={14}
                    maxRows={40}
                    value={values.body}
                    onChange={(e) => set('body', e.currentTarget.value)}
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="preview" pt="sm">
                  <Paper withBorder p="md" radius="sm" mih={200} data-testid="article-preview">
                    {values.body.trim() ? <Markdown source={values.body} /> : <Text c="dimmed">{t('kb.noBody')}</Text>}
                  </Paper>
                </Tabs.Panel>
              </Tabs>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Select
                label={t('common.language')}
                data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
                value={values.language}
                onChange={(v) => v && set('language', v as Language)}
                allowDeselect={false}
              />
              <Select
                label={t('kb.statusLabel')}
                data={(['draft', 'published', 'archived'] as const).map((s) => ({ value: s, label: t(`kb.status.${s}`) }))}
                value={values.status}
                onChange={(v) => v && set('status', v as ArticleStatus)}
                allowDeselect={false}
              />
              <Select
                label={t('kb.visibilityLabel')}
                description={t('kb.edit.visibilityHelp')}
                data={(['internal', 'public'] as const).map((s) => ({ value: s, label: t(`kb.visibility.${s}`) }))}
                value={values.visibility}
                onChange={(v) => v && set('visibility', v as Visibility)}
                allowDeselect={false}
              />
              <TagsInput
                label={t('kb.field.tags')}
                description={t('kb.edit.tagsHelp')}
                value={values.tags}
                onChange={(tags) => set('tags', tags.map((x) => x.trim().toLowerCase()))}
                maxTags={20}
                error={badTags.length ? t('kb.edit.badTags', { tags: badTags.join(', ') }) : undefined}
              />
              <TextInput
                label={t('kb.edit.note')}
                description={t('kb.edit.noteHelp')}
                maxLength={500}
                value={values.note}
                onChange={(e) => set('note', e.currentTarget.value)}
              />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
    </form>
  );
}
