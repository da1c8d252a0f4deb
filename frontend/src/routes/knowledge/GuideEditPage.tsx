import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, List, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import type { ArticleOut, Language, NodeType } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { preloadMarkdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useCategories, useTeams } from '@/features/directory/api';
import { useArticle, useCreateArticle, useUpdateArticle } from '@/features/knowledge/api';
import { GuideNodeCard, type NodeActions } from '@/features/knowledge/GuideNodeCard';
import { GuidePreview } from '@/features/knowledge/GuidePreview';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/i18n';
import * as editor from '@/lib/guideEditor';
import type { Draft, TreeProblems } from '@/lib/guideEditor';

export default function GuideEditPage() {
  const id = Number(useParams().id);
  const existing = useArticle(id);
  if (!id) return <GuideEditor />;
  if (existing.isPending) return <Loading />;
  if (existing.isError) return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  const { article } = existing.data;
  if (article.kind !== 'guide') return <Navigate to={`/kb/${article.id}/edit`} replace />;
  return <GuideEditor article={article} key={article.version} />;
}

const NO_PROBLEMS: TreeProblems = { nodes: {}, tree: [], other: {} };
// The article fields this page shows an error next to; any other is listed above the outline.
const SHOWN_FIELDS = new Set(['title', 'body', 'language', 'note']);

function GuideEditor({ article }: { article?: ArticleOut }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? 0);
  const teams = useTeams().data ?? [];
  const categories = (useCategories().data ?? []).filter((c) => c.active);
  const [title, setTitle] = useState(article?.title ?? '');
  const [intro, setIntro] = useState(article?.body ?? '');
  const [language, setLanguage] = useState<Language>(article?.language ?? (currentLanguage() as Language));
  const [note, setNote] = useState('');
  const [draft, setDraft] = useState<Draft>(() => editor.fromTree(article?.tree));
  const [problems, setProblems] = useState<TreeProblems>(NO_PROBLEMS);
  const [conflict, setConflict] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [titleMissing, setTitleMissing] = useState(false);
  preloadMarkdown();

  useEffect(() => {
    document.title = `${article ? t('guideEditorLinks.editGuide') : t('guideEditorLinks.newGuide')} · Sportello`;
  }, [t, article]);

  // A step just added gets the keyboard, so the author types its text straight away.
  useEffect(() => {
    if (!focus) return;
    document.getElementById(`node-${focus}-text`)?.focus();
    setFocus(null);
  }, [focus]);

  const reached = useMemo(() => editor.reachable(draft), [draft]);
  const depth = useMemo(() => editor.depths(draft), [draft]);
  const unshown = Object.entries(problems.other).filter(([field]) => !SHOWN_FIELDS.has(field));
  const problemTotal = editor.problemCount(problems) + unshown.length;

  /** Change the draft; the server's word on the nodes touched no longer holds. */
  const change = (next: Draft, touched: string[]) => {
    setDraft(next);
    if (touched.some((id) => problems.nodes[id])) {
      setProblems((p) => ({ ...p, nodes: Object.fromEntries(Object.entries(p.nodes).filter(([id]) => !touched.includes(id))) }));
    }
  };

  const actionsFor = (id: string): NodeActions => ({
    setText: (text) => change(editor.setText(draft, id, text), [id]),
    setType: (type) => change(editor.setType(draft, id, type), [id]),
    connect: (answer, target) => change(editor.connect(draft, id, answer, target), [id]),
    addAt: (answer, type) => {
      const added = editor.addNode(draft, type, { id, answer });
      change(added.draft, [id]);
      setFocus(added.id);
    },
    setFiling: (filing) => change(editor.setFiling(draft, id, filing), [id]),
    move: (delta) => setDraft(editor.move(draft, id, delta)),
    makeStart: () => change(editor.setStart(draft, id), [id]),
    remove: () => setRemoving(id),
  });

  const addLoose = (type: NodeType) => {
    const added = editor.addNode(draft, type);
    setDraft(added.draft);
    setFocus(added.id);
  };

  const showNode = (id: string) => document.getElementById(`node-${id}-text`)?.focus();

  const saving = create.isPending || update.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      return;
    }
    setTitleMissing(false);
    setConflict(false);
    const sent = draft;
    const common = { title: title.trim(), body: intro, language, tree: editor.toTree(sent), note: note.trim() || undefined };
    const done = (saved: ArticleOut) => {
      setProblems(NO_PROBLEMS);
      notify({ color: 'green', message: t('guideEditor.saved') });
      navigate(`/kb/${saved.id}`);
    };
    const failed = (error: unknown) => {
      if (isApiError(error, 412)) setConflict(true);
      else if (isApiError(error, 422) && error.problem.errors?.length) setProblems(editor.problemsOnNodes(sent, error.problem.errors));
      else notify({ color: 'red', message: errorMessage(error, t) });
    };
    // mutateAsync: a save makes a new version, which remounts this editor (callbacks given to
    // mutate would not run once it has gone).
    if (article) update.mutateAsync(common).then(done, failed);
    else create.mutateAsync({ ...common, kind: 'guide' }).then(done, failed);
  };

  const orphans = removing ? editor.unreachableAfterRemoving(draft, removing) : [];
  const confirmRemove = () => {
    if (removing) change(editor.removeNode(draft, removing), [removing, ...editor.parentsOf(draft, removing).map((p) => p.id)]);
    setRemoving(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} to="/kb" size="sm">{t('kb.title')}</Anchor>
          {article && <Anchor component={Link} to={`/kb/${article.id}`} size="sm">{article.title}</Anchor>}
          <Text size="sm" c="dimmed">{article ? t('guideEditorLinks.editGuide') : t('guideEditorLinks.newGuide')}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Title order={1} size="h2">{article ? t('guideEditorLinks.editGuide') : t('guideEditorLinks.newGuide')}</Title>
          <Group gap="sm">
            <Button variant="default" component={Link} to={article ? `/kb/${article.id}` : '/kb'}>{t('common.cancel')}</Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving}>{t('common.save')}</Button>
          </Group>
        </Group>
        {conflict && (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('guideEditor.conflict')} role="alert" data-testid="guide-conflict">
            {t('guideEditor.conflictHelp')}
          </Alert>
        )}
        {problemTotal > 0 && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('guideEditor.problems', { count: problemTotal })} role="alert" data-testid="guide-problems">
            <List size="sm" spacing={2}>
              {problems.tree.map((message) => <List.Item key={message}>{message}</List.Item>)}
              {unshown.map(([field, message]) => <List.Item key={field}>{`${field}: ${message}`}</List.Item>)}
              {Object.keys(problems.nodes).map((id) => (
                <List.Item key={id}>
                  <Anchor component="button" type="button" size="sm" c="inherit" underline="always" onClick={() => showNode(id)}>{t('guideEditor.goTo', { id })}</Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <Paper withBorder p="md" radius="md">
                <Stack gap="sm">
                  <TextInput
                    label={t('kb.field.title')}
                    required
                    maxLength={200}
                    value={title}
                    onChange={(e) => setTitle(e.currentTarget.value)}
                    error={titleMissing ? t('kb.edit.titleRequired') : problems.other.title}
                  />
                  <Textarea
                    label={t('guideEditor.intro')}
                    description={t('guideEditor.introHelp')}
                    autosize
                    minRows={2}
                    maxRows={10}
                    value={intro}
                    onChange={(e) => setIntro(e.currentTarget.value)}
                    error={problems.other.body}
                  />
                  <Group grow align="flex-start">
                    <Select
                      label={t('common.language')}
                      data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
                      value={language}
                      onChange={(v) => v && setLanguage(v as Language)}
                      allowDeselect={false}
                      error={problems.other.language}
                    />
                    <TextInput
                      label={t('kb.edit.note')}
                      description={t('kb.edit.noteHelp')}
                      maxLength={500}
                      value={note}
                      onChange={(e) => setNote(e.currentTarget.value)}
                      error={problems.other.note}
                    />
                  </Group>
                </Stack>
              </Paper>
              <section aria-labelledby="guide-outline-title">
                <Title order={2} size="h4" id="guide-outline-title">{t('guideEditor.outline')}</Title>
                <Text size="sm" c="dimmed" mb="sm">{t('guideEditor.outlineHelp')}</Text>
                <Stack gap="sm" data-testid="guide-outline">
                  {draft.nodes.map((node, index) => (
                    <GuideNodeCard
                      key={node.id}
                      draft={draft}
                      node={node}
                      index={index}
                      depth={depth.get(node.id)}
                      reached={reached.has(node.id)}
                      parents={editor.parentsOf(draft, node.id)}
                      problems={problems.nodes[node.id]}
                      teams={teams}
                      categories={categories}
                      actions={actionsFor(node.id)}
                    />
                  ))}
                </Stack>
                <Group gap="sm" mt="sm">
                  {(['question', 'solution', 'ticket'] as const).map((type) => (
                    <Button key={type} size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => addLoose(type)}>
                      {t(`guideEditor.add.${type}`)}
                    </Button>
                  ))}
                </Group>
              </section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <div style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 0px) + 1rem)' }}>
              <GuidePreview draft={draft} teams={teams} categories={categories} onShowNode={showNode} />
            </div>
          </Grid.Col>
        </Grid>
      </Stack>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('guideEditor.removeTitle', { id: removing ?? '' })}>
        <Stack gap="sm" data-testid="remove-node">
          <Text size="sm">{orphans.length ? t('guideEditor.removeOrphans', { count: orphans.length }) : t('guideEditor.removeNothing')}</Text>
          {orphans.length > 0 && (
            <List size="sm" data-testid="remove-orphans">
              {orphans.map((id) => {
                const node = editor.findNode(draft, id);
                return <List.Item key={id}>{node ? `${id} · ${t(`guideEditor.kind.${node.type}`)}` : id}</List.Item>;
              })}
            </List>
          )}
          <Text size="sm" c="dimmed">{t('guideEditor.removeLeadsNowhere')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>{t('common.cancel')}</Button>
            <Button color="red" onClick={confirmRemove}>{t('guideEditor.removeConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
