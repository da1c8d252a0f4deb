import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useCloseTicket } from './api';

/** The requester takes back their own open request, with an optional word to the team. */
export function WithdrawButton({ number, reference }: { number: number; reference: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  const close = useCloseTicket(number);
  const submit = () =>
    close.mutate(
      { code: 'withdrawn', ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setOpened(false);
          notify({ color: 'green', message: t('closure.withdrawn', { reference }) });
        },
      },
    );
  return (
    <>
      <Button variant="default" size="sm" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setOpened(true)} data-testid="withdraw">
        {t('closure.withdraw')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('closure.withdrawTitle', { reference })}>
        <Stack>
          <Text size="sm">{t('closure.withdrawHelp')}</Text>
          <Textarea label={t('closure.withdrawNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} data-autofocus />
          {close.error && <Text c="red" size="sm" role="alert">{errorMessage(close.error, t)}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>{t('common.cancel')}</Button>
            <Button color="red" onClick={submit} loading={close.isPending} data-testid="withdraw-submit">{t('closure.withdrawConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
