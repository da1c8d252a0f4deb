import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notify } from '@/components/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Priority, TicketOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { PriorityBadge } from '@/components/Badges';
import { errorMessage } from '@/components/States';
import { useMatrix } from '@/features/priority/api';
import { priorityFor, PRIORITIES } from '@/lib/priority';
import { useUpdateTicket } from './api';

/** Override the matrix's priority with a reason, or go back to the matrix. */
export function PriorityDialog({ ticket, opened, onClose, onConflict }: { ticket: TicketOut; opened: boolean; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTicket(ticket.number);
  const matrix = useMatrix().data;
  const computed = priorityFor(matrix, ticket.impact, ticket.urgency);
  const [priority, setPriority] = useState<Priority>(ticket.priority);
  const [reason, setReason] = useState('');
  const handle = {
    onSuccess: () => {
      notify({ color: 'green', message: t('priorityDialog.done') });
      onClose();
    },
    onError: (error: unknown) => {
      if (isApiError(error, 412)) {
        onClose();
        onConflict();
      }
    },
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('priorityDialog.title')}>
      <Stack>
        <Group gap="xs">
          <Text size="sm">{t('priorityDialog.matrixSays')}</Text>
          {computed && <PriorityBadge priority={computed} />}
          <Text size="sm" c="dimmed">({t(`level.${ticket.impact}`)} × {t(`level.${ticket.urgency}`)})</Text>
        </Group>
        <SegmentedControl
          aria-label={t('ticket.priority')}
          value={priority}
          onChange={(v) => setPriority(v as Priority)}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          fullWidth
        />
        <Textarea
          label={t('priorityDialog.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          data-autofocus
        />
        {update.error && !isApiError(update.error, 412) && <Text c="red" size="sm" role="alert">{errorMessage(update.error, t)}</Text>}
        <Group justify="space-between">
          {ticket.priority_overridden ? (
            <Button variant="subtle" onClick={() => update.mutate({ priority: null }, handle)} loading={update.isPending}>
              {t('priorityDialog.useMatrix')}
            </Button>
          ) : <span />}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              disabled={!reason.trim()}
              loading={update.isPending}
              onClick={() => update.mutate({ priority, priority_reason: reason.trim() }, handle)}
            >
              {t('priorityDialog.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
