import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconQuestionMark, IconTicket } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { UserOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Markdown } from '@/components/Markdown';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useCategories } from '@/features/directory/api';
import { RequesterPicker } from '@/features/directory/RequesterPicker';
import { useGuideStep, useGuideTicket } from '@/features/knowledge/api';
import { GuidePath } from '@/features/knowledge/GuidePath';
import { DetailFields } from '@/features/tickets/DetailFields';
import { cleanDetails, type DetailInput } from '@/lib/details';
import { answer, backTo, decodeAnswers, encodeAnswers } from '@/lib/guide';
import { newIdempotencyKey } from '@/lib/drafts';

/** A troubleshooting guide, one yes/no question at a time, ending in a solution or a ticket. */
export function GuideWalk({ guideId, title }: { guideId: number; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const answers = useMemo(() => decodeAnswers(params.get('a')), [params]);
  const revisionParam = Number(params.get('rev')) || undefined;
  const step = useGuideStep(guideId, answers, revisionParam);
  const open = useGuideTicket(guideId);
  const [requester, setRequester] = useState<UserOut | null>(null);
  const [subject, setSubject] = useState(title);
  const [details, setDetails] = useState<Record<string, DetailInput>>({});
  const [detailErrors, setDetailErrors] = useState<Record<string, string | undefined>>({});
  const categories = useCategories().data;
  const [idempotencyKey] = useState(newIdempotencyKey);

  const go = (next: typeof answers) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next.length) p.set('a', encodeAnswers(next));
      else p.delete('a');
      if (step.data) p.set('rev', String(step.data.revision));
      return p;
    });

  // Customers walk the current revision only: an edit meanwhile means starting again.
  const restart = () =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      p.delete('a');
      p.delete('rev');
      return p;
    });

  if (step.isPending) return <Loading />;
  if (isApiError(step.error, 422) && 'revision' in step.error.fieldErrors()) {
    return (
      <Alert color="orange" title={t('kb.guide.title')} data-testid="guide-changed">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('kb.guide.changed')}</Text>
          <Button size="xs" onClick={restart}>{t('kb.guide.restart')}</Button>
        </Stack>
      </Alert>
    );
  }
  if (step.isError) return <ErrorState error={step.error} onRetry={() => void step.refetch()} />;
  const { node, path, finished } = step.data;

  const category = categories?.find((c) => c.id === node.category_id);
  const openTicket = () => {
    const clean = cleanDetails(category?.fields ?? [], details);
    const problems = Object.fromEntries(Object.entries(clean.problems).map(([k, v]) => [k, t(`details.problem.${v}`)]));
    setDetailErrors(problems);
    if (Object.keys(problems).length) return;
    open.mutate(
      {
        idempotencyKey,
        body: {
          answers,
          revision: step.data.revision,
          subject: subject.trim() || undefined,
          requester_id: requester?.id ?? undefined,
          details: clean.details,
        },
      },
      {
        onSuccess: (ticket) => {
          notify({ color: 'green', message: t('kb.guide.ticketCreated', { reference: ticket.reference }) });
          navigate(`/tickets/${ticket.number}`);
        },
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="guide-walk-title" data-testid="guide-walk">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="guide-walk-title">{t('kb.guide.title')}</Title>
        {answers.length > 0 && (
          <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => go([])}>
            {t('kb.guide.restart')}
          </Button>
        )}
      </Group>
      <GuidePath path={path} onChange={(i) => go(backTo(answers, i))} />
      {!finished ? (
        <Stack gap="sm" aria-live="polite">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconQuestionMark size={22} color="var(--mantine-color-blue-7)" aria-hidden />
            <div data-testid="guide-question"><Markdown source={node.text} /></div>
          </Group>
          <Group gap="sm">
            <Button color="green" onClick={() => go(answer(answers, 'yes'))} loading={step.isFetching}>{t('common.yes')}</Button>
            <Button variant="default" onClick={() => go(answer(answers, 'no'))} loading={step.isFetching}>{t('common.no')}</Button>
          </Group>
        </Stack>
      ) : node.type === 'solution' ? (
        <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} title={t('kb.guide.solution')} data-testid="guide-solution">
          <Markdown source={node.text} />
        </Alert>
      ) : (
        <Alert color="blue" variant="light" icon={<IconTicket aria-hidden />} title={t('kb.guide.needTicket')} data-testid="guide-ticket">
          <Stack gap="sm">
            <Markdown source={node.text} />
            <TextInput label={t('kb.guide.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={200} />
            {category && (
              <DetailFields
                fields={category.fields}
                values={details}
                errors={detailErrors}
                onChange={(key, value) => setDetails((d) => ({ ...d, [key]: value }))}
              />
            )}
            <div>
              <RequesterPicker value={requester} onChange={setRequester} />
              <Text size="xs" c="dimmed" mt={4}>{t('kb.guide.requesterHelp')}</Text>
            </div>
            <Group>
              <Button leftSection={<IconTicket size={16} aria-hidden />} onClick={openTicket} loading={open.isPending}>{t('kb.guide.openTicket')}</Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Paper>
  );
}
