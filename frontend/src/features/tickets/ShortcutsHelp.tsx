import { ActionIcon, Kbd, Popover, Table, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The keyboard shortcuts of the queue (or of a ticket), in a popover. Its own module: the ticket
 * screen needs it without the queue screen. */
export function ShortcutsHelp({ ticket = false }: { ticket?: boolean }) {
  const { t } = useTranslation();
  const keys = ticket
    ? [['r', 'shortcuts.reply'], ['n', 'shortcuts.note'], ['a', 'shortcuts.assign'], ['t', 'shortcuts.take'], ['e', 'shortcuts.escalate'], ['u', 'shortcuts.back']]
    : [['j / k', 'shortcuts.move'], ['Enter', 'shortcuts.open'], ['r', 'shortcuts.reply'], ['a', 'shortcuts.assign'], ['t', 'shortcuts.take'], ['/', 'shortcuts.search']];
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="default" aria-label={t('shortcuts.title')}>
          <IconKeyboard size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb="xs">{t('shortcuts.title')}</Text>
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {keys.map(([key, label]) => (
              <Table.Tr key={key}>
                <Table.Td><Kbd size="xs">{key}</Kbd></Table.Td>
                <Table.Td><Text size="sm">{t(label)}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Popover.Dropdown>
    </Popover>
  );
}
