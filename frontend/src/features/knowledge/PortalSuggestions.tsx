import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBook2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ArticleHit } from '@/api/generated';
import { Markdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useArticle, useArticleSuggest, useRecordDeflection } from './api';
import { Highlight } from './Highlight';

/** Public articles for the subject a customer is typing, with "did this solve it?". */
export default function PortalSuggestions({ subject }: { subject: string }) {
  const { t } = useTranslation();
  const [q] = useDebouncedValue(subject.trim(), 300);
  const hits = useArticleSuggest(q);
  const [open, setOpen] = useState<ArticleHit | null>(null);
  if (q.length < 3 || !hits.data?.length) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="kb-portal-title" data-testid="kb-portal-suggestions" aria-live="polite">
      <Group gap="xs" mb="xs">
        <IconBook2 size={18} aria-hidden />
        <Title order={2} size="h5" id="kb-portal-title">{t('kb.portal.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">{t('kb.portal.help')}</Text>
      <Stack gap="sm">
        {hits.data.map((hit) => (
          <Stack key={hit.article.id} gap={2}>
            <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => setOpen(hit)}>
              <Highlight html={hit.title_html} />
            </Anchor>
            <Text size="xs" c="dimmed" lineClamp={2}><Highlight html={hit.snippet_html} /></Text>
          </Stack>
        ))}
      </Stack>
      {open && <PortalArticle hit={open} query={q} onClose={() => setOpen(null)} />}
    </Paper>
  );
}

function PortalArticle({ hit, query, onClose }: { hit: ArticleHit; query: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const article = useArticle(hit.article.id);
  const deflection = useRecordDeflection();
  const answer = (solved: boolean) =>
    deflection.mutate(
      { article_id: hit.article.id, query, solved },
      {
        onSuccess: () => {
          if (solved) {
            notify({ color: 'green', message: t('kb.portal.glad') });
            navigate('/portal');
          } else {
            notify({ message: t('kb.portal.continue') });
            onClose();
          }
        },
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{hit.article.title}</Text>} size="lg">
      {article.isPending ? (
        <Loading />
      ) : article.isError ? (
        <ErrorState error={article.error} onRetry={() => void article.refetch()} />
      ) : (
        <Stack gap="md">
          <Markdown source={article.data.article.body} />
          <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text fw={600} size="sm">{t('kb.portal.solved')}</Text>
              <Group gap="xs">
                <Button size="xs" color="green" onClick={() => answer(true)} loading={deflection.isPending && deflection.variables?.solved}>
                  {t('kb.portal.solvedYes')}
                </Button>
                <Button size="xs" variant="default" onClick={() => answer(false)} loading={deflection.isPending && !deflection.variables?.solved}>
                  {t('kb.portal.solvedNo')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </Stack>
      )}
    </Modal>
  );
}
