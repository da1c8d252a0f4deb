import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconCheck, IconQuestionMark, IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, CategoryOut, TeamOut } from '@/api/generated';
import { Markdown } from '@/components/Markdown';
import { answer, backTo } from '@/lib/guide';
import { walkDraft, type Draft } from '@/lib/guideEditor';
import { GuidePath } from './GuidePath';

/** The draft walked as a reader would walk it once saved, with nothing sent to the server. */
export function GuidePreview({
  draft,
  teams,
  categories,
  onShowNode,
}: {
  draft: Draft;
  teams: TeamOut[];
  categories: CategoryOut[];
  onShowNode: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answer[]>([]);
  const position = walkDraft(draft, answers);
  const path = position?.path ?? [];
  const go = (next: Answer[]) => setAnswers(next);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="guide-preview-title" data-testid="guide-preview">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="guide-preview-title">{t('guideEditor.preview')}</Title>
        {answers.length > 0 && (
          <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => go([])}>
            {t('kb.guide.restart')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="sm">{t('guideEditor.previewHelp')}</Text>
      <GuidePath path={path} onChange={(i) => go(backTo(answers, i))} />
      <div aria-live="polite">
        {!position ? (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="preview-broken">{t('guideEditor.noStart')}</Alert>
        ) : position.kind === 'broken' ? (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="preview-broken">
            <Stack gap={4} align="flex-start">
              <Text size="sm">
                {t(`guideEditor.broken.${position.reason}`, { answer: t(`common.${position.answer}`), id: position.from.id })}
              </Text>
              <Anchor component="button" type="button" size="sm" c="inherit" underline="always" onClick={() => onShowNode(position.from.id)}>
                {t('guideEditor.goTo', { id: position.from.id })}
              </Anchor>
            </Stack>
          </Alert>
        ) : position.node.type === 'question' ? (
          <Stack gap="sm">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconQuestionMark size={22} color="var(--mantine-color-blue-7)" aria-hidden />
              <div data-testid="preview-question">
                {position.node.text.trim() ? <Markdown source={position.node.text} /> : <Text c="dimmed">{t('guideEditor.noText')}</Text>}
              </div>
            </Group>
            <Group gap="sm">
              <Button color="green" onClick={() => go(answer(path.map((p) => p.answer), 'yes'))}>{t('common.yes')}</Button>
              <Button variant="default" onClick={() => go(answer(path.map((p) => p.answer), 'no'))}>{t('common.no')}</Button>
            </Group>
          </Stack>
        ) : position.node.type === 'solution' ? (
          <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} title={t('kb.guide.solution')} data-testid="preview-solution">
            <Markdown source={position.node.text} />
          </Alert>
        ) : (
          <Alert color="blue" variant="light" icon={<IconTicket aria-hidden />} title={t('kb.guide.needTicket')} data-testid="preview-ticket">
            <Stack gap={4}>
              <Markdown source={position.node.text} />
              <Text size="sm">
                {t('guideEditor.filedCategory', {
                  name: categories.find((c) => c.id === position.node.category_id)?.name ?? t('guideEditor.categoryDefault'),
                })}
              </Text>
              <Text size="sm">
                {t('guideEditor.filedTeam', { name: teams.find((x) => x.id === position.node.team_id)?.name ?? t('guideEditor.teamDefault') })}
              </Text>
            </Stack>
          </Alert>
        )}
      </div>
    </Paper>
  );
}
