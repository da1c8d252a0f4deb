import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '@/api/generated';
import { useReportFormat } from './format';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const DAYS = [0, 1, 2, 3, 4, 5, 6];

/** Light to dark blue with text that keeps a 4.5:1 contrast on every shade. */
function shade(ratio: number): { background: string; color: string } {
  if (ratio <= 0) return { background: 'transparent', color: 'inherit' };
  if (ratio < 0.55) return { background: `hsl(210 80% ${96 - ratio * 50}%)`, color: '#1a1b1e' };
  return { background: `hsl(215 75% ${34 - (ratio - 0.55) * 30}%)`, color: '#ffffff' };
}

/** Arrivals per weekday and hour in the desk's zone, beside the agents on duty then: a cell
 * with arrivals and nobody on duty, or many arrivals per agent, is where the desk is short. */
export function StaffingHeatmap({ table, timezone }: { table: ReportTable; timezone: string }) {
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const cells = new Map(table.rows.map((r) => [r.key, r.values]));
  const max = Math.max(1, ...table.rows.map((r) => r.values.arrivals ?? 0));
  const perAgent = table.rows
    .filter((r) => (r.values.arrivals ?? 0) > 0)
    .map((r) => ({ key: r.key, arrivals: r.values.arrivals ?? 0, load: r.values.arrivals_per_agent_hour ?? null }));
  const short = perAgent
    .sort((a, b) => (b.load ?? Infinity) - (a.load ?? Infinity) || b.arrivals - a.arrivals)
    .slice(0, 5);
  const name = (key: string) => {
    const [day, hour] = key.split(':');
    return `${t(`reports.weekdays.${day}`)} ${hour}:00`;
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="staffing-title">
      <Title order={3} size="h5" id="staffing-title">
        {t('reports.staffing.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('reports.staffing.help', { zone: timezone })}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid="staffing-heatmap" verticalSpacing={2} horizontalSpacing={2}>
          <caption style={{ captionSide: 'bottom', textAlign: 'start', fontSize: 12 }}>{t('reports.staffing.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.staffing.day')}</Table.Th>
              {HOURS.map((h) => (
                <Table.Th scope="col" key={h} ta="center">
                  {String(h).padStart(2, '0')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {DAYS.map((d) => (
              <Table.Tr key={d}>
                <Table.Th scope="row">{t(`reports.weekdays.${d}`)}</Table.Th>
                {HOURS.map((h) => {
                  const key = `${d}:${String(h).padStart(2, '0')}`;
                  const v = cells.get(key) ?? {};
                  const arrivals = v.arrivals ?? 0;
                  const onDuty = v.agents_on_duty ?? 0;
                  const unstaffed = arrivals > 0 && onDuty === 0;
                  const style = shade(arrivals / max);
                  return (
                    <Table.Td
                      key={h}
                      ta="center"
                      data-cell={key}
                      data-arrivals={arrivals}
                      title={t('reports.staffing.cell', {
                        when: name(key),
                        arrivals: fmt.count(arrivals),
                        agents: fmt.value('agents_on_duty', onDuty),
                      })}
                      style={{ ...style, outline: unstaffed ? '2px solid #c92a2a' : undefined, outlineOffset: -2 }}
                    >
                      {arrivals > 0 ? fmt.count(arrivals) : ''}
                      {unstaffed && <span aria-label={t('reports.staffing.nobody')}>!</span>}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('reports.staffing.agents')}</Table.Th>
              {HOURS.map((h) => {
                const week = DAYS.map((d) => cells.get(`${d}:${String(h).padStart(2, '0')}`)?.agents_on_duty ?? 0);
                const weekday = week.slice(0, 5).reduce((a, b) => a + b, 0) / 5;
                return (
                  <Table.Td key={h} ta="center" data-agents-hour={h}>
                    {fmt.value('agents_on_duty', weekday)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {short.length > 0 && (
        <Group gap="xs" mt="sm">
          <Text size="sm" fw={500}>
            {t('reports.staffing.busiest')}
          </Text>
          {short.map((s) => (
            <Text size="sm" key={s.key} data-testid="understaffed">
              {s.load === null
                ? t('reports.staffing.nobodyAt', { when: name(s.key), arrivals: fmt.count(s.arrivals) })
                : t('reports.staffing.loadAt', { when: name(s.key), load: fmt.value('arrivals_per_agent_hour', s.load) })}
            </Text>
          ))}
        </Group>
      )}
    </Paper>
  );
}
