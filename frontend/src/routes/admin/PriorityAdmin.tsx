import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { notify } from '@/components/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level, Priority } from '@/api/generated';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useMatrix, useReplaceMatrix } from '@/features/priority/api';
import { LEVELS, priorityFor, PRIORITIES } from '@/lib/priority';

export function PriorityAdmin() {
  const { t } = useTranslation();
  const matrix = useMatrix();
  const replace = useReplaceMatrix();
  const [edits, setEdits] = useState<Record<string, Priority>>({});
  if (matrix.isPending) return <Loading />;
  if (matrix.isError) return <ErrorState error={matrix.error} />;
  const value = (impact: Level, urgency: Level) => edits[`${impact}.${urgency}`] ?? priorityFor(matrix.data, impact, urgency) ?? 'medium';
  const save = () =>
    replace.mutate(
      { cells: LEVELS.flatMap((impact) => LEVELS.map((urgency) => ({ impact, urgency, priority: value(impact, urgency) }))) },
      { onSuccess: () => { setEdits({}); notify({ color: 'green', message: t('admin.saved') }); } },
    );
  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">{t('admin.priority.help')}</Text>
      <Table withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.priority.corner')}</Table.Th>
            {LEVELS.map((u) => <Table.Th key={u}>{t('ticket.urgency')}: {t(`level.${u}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {LEVELS.map((impact) => (
            <Table.Tr key={impact}>
              <Table.Th scope="row">{t('ticket.impact')}: {t(`level.${impact}`)}</Table.Th>
              {LEVELS.map((urgency) => (
                <Table.Td key={urgency}>
                  <Select
                    aria-label={t('admin.priority.cell', { impact: t(`level.${impact}`), urgency: t(`level.${urgency}`) })}
                    data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
                    value={value(impact, urgency)}
                    onChange={(v) => v && setEdits({ ...edits, [`${impact}.${urgency}`]: v as Priority })}
                    allowDeselect={false}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {replace.error && <Alert color="red" role="alert">{errorMessage(replace.error, t)}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setEdits({})} disabled={!Object.keys(edits).length}>{t('form.reset')}</Button>
        <Button onClick={save} loading={replace.isPending} disabled={!Object.keys(edits).length}>{t('common.save')}</Button>
      </Group>
    </Stack>
  );
}
