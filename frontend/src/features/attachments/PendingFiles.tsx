import { ActionIcon, Button, FileButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconPaperclip, IconRefresh, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { errorMessage } from '@/components/States';
import { useFormat } from '@/i18n/format';
import { uploadWithProgress } from './api';

export interface PendingFile {
  key: string;
  file: File;
  progress: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: string;
}

/**
 * Files chosen while writing a new ticket, sent one by one once the ticket exists (the upload
 * needs its number). `uploadAll` resolves true when every file is in.
 */
export function usePendingFiles() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<PendingFile[]>([]);
  const patch = (key: string, change: Partial<PendingFile>) =>
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...change } : f)));

  const add = (picked: File[]) =>
    setFiles((all) => [
      ...all,
      ...picked.map((file, i) => ({ key: `${Date.now()}-${i}-${file.name}`, file, progress: 0, state: 'waiting' as const })),
    ]);
  const remove = (key: string) => setFiles((all) => all.filter((f) => f.key !== key));

  const uploadAll = useCallback(
    async (number: number, only: readonly PendingFile[] = files): Promise<boolean> => {
      let allIn = true;
      for (const pending of only) {
        if (pending.state === 'done') continue;
        patch(pending.key, { state: 'uploading', progress: 0, error: undefined });
        try {
          await uploadWithProgress(number, pending.file, (progress) => patch(pending.key, { progress }));
          patch(pending.key, { state: 'done', progress: 1 });
        } catch (error) {
          allIn = false;
          // A refused file (too large, unreadable) says why in the server's own words.
          const detail = isApiError(error) && error.status < 500 && error.problem.detail ? error.problem.detail : errorMessage(error, t);
          patch(pending.key, { state: 'failed', error: detail });
        }
      }
      void queryClient.invalidateQueries({ queryKey: ['attachments', number] });
      return allIn;
    },
    [files, queryClient, t],
  );

  return { files, add, remove, uploadAll };
}

/** The chosen files with their size, progress and, for a refused one, the reason. */
export function PendingFileList({
  files,
  onAdd,
  onRemove,
  onRetry,
  locked,
}: {
  files: readonly PendingFile[];
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
  onRetry?: () => void;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const failed = files.some((f) => f.state === 'failed');
  return (
    <Stack gap="xs" data-testid="pending-files">
      <Group gap="sm">
        {!locked && (
          <FileButton onChange={onAdd} multiple>
            {(props) => (
              <Button {...props} variant="default" size="xs" leftSection={<IconPaperclip size={14} aria-hidden />} data-testid="attach-files">
                {t('triage.files.add')}
              </Button>
            )}
          </FileButton>
        )}
        {failed && onRetry && (
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry} data-testid="retry-files">
            {t('triage.files.retry')}
          </Button>
        )}
      </Group>
      {files.length > 0 && (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('triage.files.list')}>
          {files.map((f) => (
            <Paper key={f.key} withBorder p="xs" radius="sm" component="li" data-testid="pending-file" data-state={f.state}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                  {f.state === 'done' ? <IconCheck size={14} aria-hidden color="var(--mantine-color-green-7)" /> : <IconPaperclip size={14} aria-hidden />}
                  <Text size="sm" truncate="end">{f.file.name}</Text>
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>{fmt.bytes(f.file.size)}</Text>
                </Group>
                {!locked && f.state !== 'done' && f.state !== 'uploading' && (
                  <ActionIcon variant="subtle" size="sm" onClick={() => onRemove(f.key)} aria-label={t('triage.files.remove', { name: f.file.name })}>
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              {(f.state === 'uploading' || f.state === 'done') && (
                <Progress
                  value={Math.round(f.progress * 100)}
                  size="sm"
                  mt={4}
                  color={f.state === 'done' ? 'green' : 'blue'}
                  aria-label={t('triage.files.progress', { name: f.file.name })}
                />
              )}
              {f.state === 'failed' && <Text size="xs" c="red.8" role="alert" mt={4}>{f.error}</Text>}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
