import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notify } from '@/components/notify';
import { IconCheck, IconClockPause, IconPlayerPlay, IconRotateClockwise, IconCircleX, IconFolderOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { errorMessage } from '@/components/States';
import { clearDraft, loadDraft, saveDraft } from '@/lib/drafts';
import { allowedActions, type StatusAction } from '@/lib/lifecycle';
import { useUpdateTicket, type TicketView } from './api';

const ICONS: Record<StatusAction, typeof IconCheck> = {
  open: IconFolderOpen,
  start: IconPlayerPlay,
  wait: IconClockPause,
  resolve: IconCheck,
  close: IconCircleX,
  reopen: IconRotateClockwise,
  confirm: IconCheck,
};

/**
 * Only the moves the lifecycle allows from the current status; resolving asks for the
 * resolution note (kept as a draft). A 412 is handed to `onConflict`, which offers the reload.
 */
export function StatusActions({
  ticket,
  byCustomer,
  userId,
  onConflict,
}: {
  ticket: TicketView;
  byCustomer: boolean;
  userId: number;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateTicket(ticket.number);
  const draftKey = `resolution.${userId}.${ticket.number}`;
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState(() => loadDraft<string>(draftKey)?.value ?? '');
  const [pendingTarget, setPendingTarget] = useState<Status | null>(null);

  useEffect(() => {
    if (resolution) saveDraft(draftKey, resolution);
    else clearDraft(draftKey);
  }, [resolution, draftKey]);

  const move = (target: Status, note?: string) => {
    setPendingTarget(target);
    update.mutate(note ? { status: target, resolution: note } : { status: target }, {
      onSuccess: () => {
        if (note) {
          setResolution('');
          setResolving(false);
        }
        notify({ color: 'green', message: t('actions.done', { status: t(`status.${target}`) }) });
      },
      onError: (error) => {
        if (isApiError(error, 412)) onConflict();
        else notify({ color: 'red', message: errorMessage(error, t) });
      },
      onSettled: () => setPendingTarget(null),
    });
  };

  const actions = allowedActions(ticket.status, byCustomer);
  if (!actions.length) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap" aria-label={t('actions.title')} role="group">
        {actions.map(({ action, target, needsResolution }) => {
          const Icon = ICONS[action];
          return (
            <Button
              key={target}
              size="sm"
              variant={action === 'resolve' || action === 'confirm' ? 'filled' : 'default'}
              color={action === 'resolve' || action === 'confirm' ? 'success' : undefined}
              leftSection={<Icon size={16} aria-hidden />}
              loading={update.isPending && pendingTarget === target}
              onClick={() => (needsResolution ? setResolving(true) : move(target))}
              data-testid={`action-${action}`}
            >
              {t(byCustomer ? `actions.customer.${action}` : `actions.${action}`)}
            </Button>
          );
        })}
      </Group>
      <Modal opened={resolving} onClose={() => setResolving(false)} title={t('actions.resolveTitle', { reference: ticket.reference })}>
        <Stack>
          <Text size="sm" c="dimmed">{t('actions.resolveHelp')}</Text>
          <Textarea
            label={t('actions.resolution')}
            value={resolution}
            onChange={(e) => setResolution(e.currentTarget.value)}
            autosize
            minRows={4}
            required
            data-autofocus
            data-testid="resolution"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setResolving(false)}>{t('common.cancel')}</Button>
            <Button
              color="success"
              disabled={!resolution.trim()}
              loading={update.isPending}
              onClick={() => move('resolved', resolution.trim())}
              data-testid="resolve-submit"
            >
              {t('actions.resolve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
