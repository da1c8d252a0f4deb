import { Alert, Anchor, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconQuestionMark, IconTicket, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '@/api/problem';
import { Markdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useGuideStep, useRecordDeflection } from '@/features/knowledge/api';
import { answer, backTo, decodeAnswers, encodeAnswers } from '@/lib/guide';

/** A customer walks a yes/no guide: to a solution (did it work?), or to a prefilled request. */
export function PortalGuide({ guideId, title }: { guideId: number; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const answers = useMemo(() => decodeAnswers(params.get('a')), [params]);
  const step = useGuideStep(guideId, answers, Number(params.get('rev')) || undefined);
  const deflection = useRecordDeflection();
  const [answered, setAnswered] = useState<boolean | null>(null);

  const go = (next: typeof answers) => {
    setAnswered(null);
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next.length) p.set('a', encodeAnswers(next));
      else p.delete('a');
      if (step.data) p.set('rev', String(step.data.revision));
      return p;
    });
  };

  if (step.isPending) return <Loading />;
  if (isApiError(step.error, 422) && 'revision' in step.error.fieldErrors()) {
    return (
      <Alert color="orange" title={t('bulletins.guide.title')} data-testid="guide-changed">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('bulletins.guide.changed')}</Text>
          <Button size="xs" onClick={() => setParams(new URLSearchParams())}>{t('bulletins.guide.restart')}</Button>
        </Stack>
      </Alert>
    );
  }
  if (step.isError) return <ErrorState error={step.error} onRetry={() => void step.refetch()} />;
  const { node, path, finished, revision } = step.data;

  const solved = (yes: boolean) =>
    deflection.mutate(
      { article_id: guideId, answers, solved: yes },
      {
        onSuccess: () => {
          setAnswered(yes);
          if (yes) notify({ color: 'green', message: t('bulletins.guide.glad') });
        },
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );

  const request = new URLSearchParams({ guide: String(guideId), a: encodeAnswers(answers), rev: String(revision), subject: title });
  if (node.category_id) request.set('category', String(node.category_id));
  const requestLink = `/portal/new?${request.toString()}`;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="portal-guide-title" data-testid="guide-walk">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="portal-guide-title">{t('bulletins.guide.title')}</Title>
        {answers.length > 0 && (
          <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => go([])}>
            {t('bulletins.guide.restart')}
          </Button>
        )}
      </Group>
      {path.length > 0 && (
        <Timeline active={path.length} bulletSize={22} lineWidth={2} mb="md" aria-label={t('bulletins.guide.path')}>
          {path.map((p, i) => (
            <Timeline.Item
              key={`${p.node_id}-${i}`}
              bullet={p.answer === 'yes' ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
              title={<Text size="sm">{p.question}</Text>}
            >
              <Group gap="xs">
                <Text size="xs" c="dimmed">{t('bulletins.guide.answered', { answer: t(`common.${p.answer}`) })}</Text>
                <Anchor component="button" type="button" size="xs" onClick={() => go(backTo(answers, i))}>{t('bulletins.guide.change')}</Anchor>
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {!finished ? (
        <Stack gap="sm" aria-live="polite">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconQuestionMark size={22} color="var(--mantine-color-blue-7)" aria-hidden />
            <div data-testid="guide-question"><Markdown source={node.text} /></div>
          </Group>
          <Group gap="sm">
            <Button onClick={() => go(answer(answers, 'yes'))} loading={step.isFetching}>{t('common.yes')}</Button>
            <Button variant="default" onClick={() => go(answer(answers, 'no'))} loading={step.isFetching}>{t('common.no')}</Button>
          </Group>
        </Stack>
      ) : node.type === 'solution' ? (
        <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} title={t('bulletins.guide.solution')} data-testid="guide-solution">
          <Stack gap="sm">
            <Markdown source={node.text} />
            {answered === null ? (
              <Group gap="xs">
                <Text size="sm" fw={600}>{t('bulletins.guide.didItWork')}</Text>
                <Button size="xs" onClick={() => solved(true)} loading={deflection.isPending && deflection.variables?.solved}>{t('bulletins.guide.worked')}</Button>
                <Button size="xs" variant="default" onClick={() => solved(false)} loading={deflection.isPending && !deflection.variables?.solved}>{t('bulletins.guide.notWorked')}</Button>
              </Group>
            ) : answered ? (
              <Group gap="xs">
                <Text size="sm" role="status" data-testid="guide-solved">{t('bulletins.guide.glad')}</Text>
                <Anchor component={Link} to="/portal" size="sm" c="dark.8" underline="always">{t('bulletins.guide.backToRequests')}</Anchor>
              </Group>
            ) : (
              <Button size="xs" leftSection={<IconTicket size={14} aria-hidden />} onClick={() => navigate('/portal/new')}>{t('bulletins.guide.askUs')}</Button>
            )}
          </Stack>
        </Alert>
      ) : (
        <Alert color="blue" variant="light" icon={<IconTicket aria-hidden />} title={t('bulletins.guide.needRequest')} data-testid="guide-ticket">
          <Stack gap="sm" align="flex-start">
            <Markdown source={node.text} />
            <Button component={Link} to={requestLink} leftSection={<IconTicket size={16} aria-hidden />} data-testid="guide-request">
              {t('bulletins.guide.openRequest')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Paper>
  );
}
