import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReportGroup, ReportOut, ReportTable } from '@/api/generated';
import { downloadCsv, type ReportFilters } from './api';
import { tableOf, useReportFormat, useRowLabel } from './format';

/** One table of a figure group: the period's figures beside the previous period's, each row
 * linking to the queue of the tickets it counts, and its CSV export. */
export function ReportTableView({
  group,
  report,
  table,
  filters,
}: {
  group: ReportGroup;
  report: ReportOut;
  table: ReportTable;
  filters: ReportFilters;
}) {
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const label = useRowLabel();
  const [busy, setBusy] = useState(false);
  const previous = tableOf(report, table.name, 'previous');
  const id = `table-${table.name}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={id}>
          {t(`reports.tables.${table.name}`)}
        </Title>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={busy}
          data-testid={`export-${table.name}`}
          aria-label={t('reports.exportTable', { table: t(`reports.tables.${table.name}`) })}
          onClick={() => {
            setBusy(true);
            void downloadCsv(group, table.name, filters).finally(() => setBusy(false));
          }}
        >
          {t('reports.export')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={480}>
        <Table striped data-testid={`report-${table.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.row')}</Table.Th>
              {table.columns.map((c) => (
                <Table.Th scope="col" key={c} ta="right">
                  {t(`reports.columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => {
              const before = previous?.rows.find((r) => r.key === row.key);
              return (
                <Table.Tr key={row.key} data-key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {row.tickets_url ? (
                      <Anchor component={Link} to={row.tickets_url}>
                        {label(table.name, row)}
                      </Anchor>
                    ) : (
                      label(table.name, row)
                    )}
                  </Table.Th>
                  {table.columns.map((c) => (
                    <Table.Td key={c} ta="right" data-column={c} data-value={row.values[c] ?? ''}>
                      {fmt.value(c, row.values[c])}
                      {before && (
                        <Text span size="xs" c="dimmed" display="block">
                          {t('reports.before', { value: fmt.value(c, before.values[c]) })}
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
