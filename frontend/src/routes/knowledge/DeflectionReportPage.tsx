import { Anchor, Group, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useDeflectionReport } from '@/features/knowledge/api';
import { useFormat } from '@/i18n/format';

const PERIODS = ['7', '30', '90', 'all'] as const;
type Period = (typeof PERIODS)[number];

function sinceFor(period: Period): string | undefined {
  if (period === 'all') return undefined;
  return new Date(Date.now() - Number(period) * 86_400_000).toISOString();
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} data-testid={testId}>{value}</Text>
    </Paper>
  );
}

/** How often an article or a guide answered the question without a ticket, per article. */
export default function DeflectionReportPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [period, setPeriod] = useState<Period>('30');
  // Fixed when the period is chosen, so that the query key does not move with the clock.
  const [since, setSince] = useState(() => sinceFor('30'));
  const report = useDeflectionReport(since, undefined);
  const percent = (share: number | null | undefined) =>
    share === null || share === undefined ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(share);

  useEffect(() => {
    document.title = `${t('triage.deflection.title')} · Sportello`;
  }, [t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">{t('triage.deflection.title')}</Title>
          <Text c="dimmed" size="sm">{t('triage.deflection.help')}</Text>
        </div>
        <div>
          <Text size="sm" fw={500} id="deflection-period">{t('triage.deflection.period')}</Text>
          <SegmentedControl
            aria-labelledby="deflection-period"
            value={period}
            onChange={(v) => {
              setPeriod(v as Period);
              setSince(sinceFor(v as Period));
            }}
            data={PERIODS.map((p) => ({ value: p, label: t(`triage.deflection.periods.${p}`) }))}
          />
        </div>
      </Group>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('triage.deflection.answered')} value={fmt.number(report.data.answered)} testId="deflection-answered" />
            <Figure label={t('triage.deflection.solved')} value={fmt.number(report.data.solved)} testId="deflection-solved" />
            <Figure label={t('triage.deflection.notSolved')} value={fmt.number(report.data.not_solved)} testId="deflection-not-solved" />
            <Figure label={t('triage.deflection.rate')} value={percent(report.data.deflection_rate)} testId="deflection-rate" />
          </SimpleGrid>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="deflection-articles">
            <Title order={2} size="h5" id="deflection-articles" mb="sm">{t('triage.deflection.perArticle')}</Title>
            {report.data.articles.length === 0 ? (
              <Empty title={t('triage.deflection.none')} />
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table data-testid="deflection-articles">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('triage.deflection.article')}</Table.Th>
                      <Table.Th ta="right">{t('triage.deflection.solved')}</Table.Th>
                      <Table.Th ta="right">{t('triage.deflection.notSolved')}</Table.Th>
                      <Table.Th>{t('triage.deflection.rate')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.data.articles.map((a) => {
                      const total = a.solved + a.not_solved;
                      const share = total ? a.solved / total : null;
                      return (
                        <Table.Tr key={a.article_id}>
                          <Table.Td><Anchor component={Link} to={`/kb/${a.article_id}`} size="sm">{a.title}</Anchor></Table.Td>
                          <Table.Td ta="right">{fmt.number(a.solved)}</Table.Td>
                          <Table.Td ta="right">{fmt.number(a.not_solved)}</Table.Td>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              <Progress value={(share ?? 0) * 100} w={120} color="teal" aria-label={t('triage.deflection.rateOf', { title: a.title })} />
                              <Text size="sm">{percent(share)}</Text>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
