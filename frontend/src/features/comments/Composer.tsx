import { Alert, Button, CloseButton, FileButton, Group, Paper, SegmentedControl, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { notify } from '@/components/notify';
import { IconLock, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import { errorMessage } from '@/components/States';
import { useUploadAttachment } from '@/features/attachments/api';
import { useFormat } from '@/i18n/format';
import { clearDraft, loadDraft, saveDraft } from '@/lib/drafts';
import { useCreateComment } from './api';

export interface ComposerHandle {
  focus: (mode: 'reply' | 'note') => void;
}

interface ComposerDraft {
  body: string;
  internal: boolean;
}

/**
 * Reply (or, for staff, internal note) with markdown preview and attachments. The text is a
 * draft in localStorage from the first keystroke: a reload, a 412 or an expired sign-in keeps it.
 */
export function Composer({
  number,
  userId,
  allowInternal,
  beforeSend,
  onReplying,
  ref,
}: {
  number: number;
  userId: number;
  allowInternal: boolean;
  /** Asked before sending (the live workspace's "someone replied meanwhile"); false: wait. */
  beforeSend?: (internal: boolean) => Promise<boolean>;
  /** Whether the agent has something written (shown to colleagues as "is replying"). */
  onReplying?: (replying: boolean) => void;
  ref?: Ref<ComposerHandle>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const draftKey = `comment.${userId}.${number}`;
  const [initial] = useState(() => loadDraft<ComposerDraft>(draftKey));
  const [body, setBody] = useState(initial?.value.body ?? '');
  const [internal, setInternal] = useState(allowInternal && (initial?.value.internal ?? false));
  const [tab, setTab] = useState<string | null>('write');
  const [files, setFiles] = useState<File[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const create = useCreateComment(number);
  const upload = useUploadAttachment(number);
  const [uploadError, setUploadError] = useState<unknown>(null);

  useImperativeHandle(ref, () => ({
    focus: (mode) => {
      if (allowInternal) setInternal(mode === 'note');
      setTab('write');
      setTimeout(() => textarea.current?.focus(), 0);
    },
  }));

  useEffect(() => {
    if (body || internal) saveDraft<ComposerDraft>(draftKey, { body, internal });
    else clearDraft(draftKey);
  }, [body, internal, draftKey]);

  const writing = body.trim().length > 0;
  useEffect(() => onReplying?.(writing), [writing, onReplying]);

  const submit = async () => {
    if (beforeSend && !(await beforeSend(internal))) return;
    setUploadError(null);
    const text = body.trim();
    let commentId: number | undefined;
    if (text) {
      const draft = loadDraft<ComposerDraft>(draftKey) ?? saveDraft(draftKey, { body, internal });
      const comment = await create.mutateAsync({ body: text, internal, idempotencyKey: draft.idempotencyKey });
      commentId = comment.id;
    }
    const left: File[] = [];
    for (const file of files) {
      try {
        await upload.mutateAsync({ file, commentId });
      } catch (error) {
        left.push(file);
        setUploadError(error);
      }
    }
    setFiles(left);
    clearDraft(draftKey); // the next draft gets a new Idempotency-Key
    setBody('');
    setTab('write');
    notify({ color: 'green', message: internal ? t('composer.noteAdded') : t('composer.replySent') });
  };

  const sending = create.isPending || upload.isPending;
  const canSend = (body.trim().length > 0 || files.length > 0) && !sending;

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      className={internal ? 'note-internal' : undefined}
      component="section"
      aria-label={t('composer.title')}
      data-testid="composer"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          {allowInternal ? (
            <SegmentedControl
              aria-label={t('composer.kind')}
              value={internal ? 'note' : 'reply'}
              onChange={(v) => setInternal(v === 'note')}
              data={[
                { value: 'reply', label: t('composer.reply') },
                { value: 'note', label: t('composer.note') },
              ]}
              color={internal ? 'amber' : 'blue'}
            />
          ) : (
            <Text fw={600}>{t('composer.reply')}</Text>
          )}
          {internal && (
            <Group gap={4}>
              <IconLock size={14} aria-hidden />
              <Text size="sm" fw={600} c="orange.9">{t('composer.internalWarning')}</Text>
            </Group>
          )}
        </Group>
        <Tabs value={tab} onChange={setTab} variant="outline">
          <Tabs.List>
            <Tabs.Tab value="write">{t('composer.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('composer.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              ref={textarea}
              aria-label={internal ? t('composer.noteLabel') : t('composer.replyLabel')}
              placeholder={internal ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={16}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && canSend) {
                  e.preventDefault();
                  void submit().catch(() => undefined);
                }
              }}
              data-testid="composer-body"
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <Paper p="sm" withBorder bg="white" mih={100} data-testid="composer-preview">
              {body.trim() ? <Markdown source={body} /> : <Text c="dimmed" size="sm">{t('composer.nothingToPreview')}</Text>}
            </Paper>
          </Tabs.Panel>
        </Tabs>
        {files.length > 0 && (
          <Group gap="xs">
            {files.map((file, i) => (
              <Paper key={`${file.name}-${i}`} withBorder px="xs" py={2} radius="sm" bg="white">
                <Group gap={4} wrap="nowrap">
                  <IconPaperclip size={14} aria-hidden />
                  <Text size="sm">{file.name}</Text>
                  <Text size="xs" c="dimmed">{fmt.bytes(file.size)}</Text>
                  <CloseButton size="sm" aria-label={t('composer.removeFile', { name: file.name })} onClick={() => setFiles(files.filter((_, j) => j !== i))} />
                </Group>
              </Paper>
            ))}
          </Group>
        )}
        {(create.error || uploadError) ? (
          <Alert color="red" role="alert">{errorMessage(create.error ?? uploadError, t)}</Alert>
        ) : null}
        <Group justify="space-between">
          <FileButton onChange={(picked) => setFiles([...files, ...picked])} multiple>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPaperclip size={16} aria-hidden />}>
                {t('composer.attach')}
              </Button>
            )}
          </FileButton>
          <Group gap="xs">
            <Text size="xs" c="dimmed" visibleFrom="sm">{t('composer.sendHint')}</Text>
            <Button
              onClick={() => void submit().catch(() => undefined)}
              loading={sending}
              disabled={!canSend}
              color={internal ? 'amber' : 'blue'}
              leftSection={internal ? <IconLock size={16} aria-hidden /> : <IconSend size={16} aria-hidden />}
              data-testid="composer-submit"
            >
              {internal ? t('composer.addNote') : t('composer.send')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
