import { Alert, Anchor, Box, Breadcrumbs, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useArticle, useRevisionComparison, useRevisions } from '@/features/knowledge/api';
import { useFormat } from '@/i18n/format';
import { diffStats, parseUnifiedDiff, type DiffLine } from '@/lib/unifiedDiff';

const LINE_STYLE: Record<DiffLine['kind'], { background?: string; sign: string }> = {
  added: { background: 'var(--mantine-color-green-0)', sign: '+' },
  removed: { background: 'var(--mantine-color-red-0)', sign: '−' },
  context: { sign: ' ' },
  hunk: { background: 'var(--mantine-color-gray-1)', sign: '' },
};

function fieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Two revisions of an article side by side in one column: what was removed, what was added. */
export default function CompareRevisionsPage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const article = useArticle(id);
  const revisions = useRevisions(id);
  const items = useMemo(() => revisions.data?.items ?? [], [revisions.data]);
  const from = Number(params.get('from')) || items[1]?.number || null;
  const to = Number(params.get('to')) || items[0]?.number || null;
  const comparison = useRevisionComparison(id, from, to);
  const lines = useMemo(() => parseUnifiedDiff(comparison.data?.body_diff ?? ''), [comparison.data]);
  const stats = diffStats(lines);
  const title = article.data?.article.title;

  useEffect(() => {
    if (title) document.title = `${t('triage.compare.title')} · ${title} · Sportello`;
  }, [t, title]);

  const options = items.map((r) => ({
    value: String(r.number),
    label: `${t('kb.revisions.number', { number: r.number })} · ${fmt.dateTime(r.created_at)}`,
  }));
  const choose = (key: 'from' | 'to', value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      if (!next.get(key === 'from' ? 'to' : 'from')) {
        const other = key === 'from' ? to : from;
        if (other) next.set(key === 'from' ? 'to' : 'from', String(other));
      }
      return next;
    }, { replace: true });

  if (revisions.isPending || article.isPending) return <Loading />;
  if (revisions.isError || article.isError) return <ErrorState error={revisions.error ?? article.error} onRetry={() => void revisions.refetch()} />;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/kb" size="sm">{t('kb.title')}</Anchor>
        <Anchor component={Link} to={`/kb/${id}`} size="sm">{title}</Anchor>
        <Text size="sm">{t('triage.compare.title')}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">{t('triage.compare.heading', { title })}</Title>
      {items.length < 2 ? (
        <Empty title={t('triage.compare.onlyOne')} />
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select label={t('triage.compare.from')} data={options} value={from ? String(from) : null} onChange={(v) => choose('from', v)} allowDeselect={false} w={300} data-testid="compare-from" />
            <Select label={t('triage.compare.to')} data={options} value={to ? String(to) : null} onChange={(v) => choose('to', v)} allowDeselect={false} w={300} data-testid="compare-to" />
          </Group>
          {from === to ? (
            <Alert color="gray" variant="light">{t('triage.compare.same')}</Alert>
          ) : comparison.isPending ? (
            <Loading />
          ) : comparison.isError ? (
            <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
          ) : (
            <>
              <Paper withBorder p="md" radius="md" component="section" aria-labelledby="compare-fields">
                <Title order={2} size="h5" id="compare-fields" mb="sm">{t('triage.compare.fields')}</Title>
                {comparison.data.changes.length === 0 ? (
                  <Text size="sm" c="dimmed">{t('triage.compare.noFieldChanges')}</Text>
                ) : (
                  <Table data-testid="compare-field-changes">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('triage.compare.field')}</Table.Th>
                        <Table.Th>{t('triage.compare.before')}</Table.Th>
                        <Table.Th>{t('triage.compare.after')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {comparison.data.changes.map((c) => (
                        <Table.Tr key={c.field}>
                          <Table.Td>{t(`kb.field.${c.field}`, { defaultValue: c.field })}</Table.Td>
                          <Table.Td>{fieldValue(c.before)}</Table.Td>
                          <Table.Td>{fieldValue(c.after)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {comparison.data.tree_changed && <Text size="sm" mt="sm">{t('triage.compare.treeChanged')}</Text>}
              </Paper>
              <Paper withBorder p="md" radius="md" component="section" aria-labelledby="compare-body">
                <Group justify="space-between" mb="sm">
                  <Title order={2} size="h5" id="compare-body">{t('triage.compare.body')}</Title>
                  {lines.length > 0 && (
                    <Text size="sm" c="dimmed" data-testid="compare-stats">{t('triage.compare.stats', { added: stats.added, removed: stats.removed })}</Text>
                  )}
                </Group>
                {lines.length === 0 ? (
                  <Text size="sm" c="dimmed">{t('triage.compare.sameBody')}</Text>
                ) : (
                  <Box component="table" style={{ width: '100%', borderCollapse: 'collapse', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 }} data-testid="compare-diff">
                    <caption><VisuallyHidden>{t('triage.compare.caption')}</VisuallyHidden></caption>
                    <thead>
                      <tr>
                        {(['oldLine', 'newLine', 'change', 'text'] as const).map((key) => (
                          <th scope="col" key={key} style={{ padding: 0 }}><VisuallyHidden>{t(`triage.compare.${key}`)}</VisuallyHidden></th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {lines.map((line, i) => {
                        const style = LINE_STYLE[line.kind];
                        return (
                          <tr key={i} data-kind={line.kind} style={{ background: style.background }}>
                            <td style={{ color: 'var(--mantine-color-gray-7)', textAlign: 'right', padding: '0 6px', width: '3em' }}>{line.oldNumber ?? ''}</td>
                            <td style={{ color: 'var(--mantine-color-gray-7)', textAlign: 'right', padding: '0 6px', width: '3em' }}>{line.newNumber ?? ''}</td>
                            <td style={{ width: '1.5em', textAlign: 'center' }}>
                              {line.kind === 'added' || line.kind === 'removed' ? (
                                <>
                                  <span aria-hidden>{style.sign}</span>
                                  <VisuallyHidden>{t(`triage.compare.${line.kind}`)}</VisuallyHidden>
                                </>
                              ) : null}
                            </td>
                            <td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', padding: '0 6px', color: line.kind === 'hunk' ? 'var(--mantine-color-gray-7)' : undefined }}>
                              {line.text}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </Box>
                )}
              </Paper>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
