import { Button, Group, Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentOut } from '@/api/generated';
import { useFormat } from '@/i18n/format';

interface Pending {
  comment: CommentOut;
  resolve: (send: boolean) => void;
}

const newest = (comments: CommentOut[]) => comments.reduce((max, c) => Math.max(max, c.id), 0);

/**
 * Before a public reply goes out: has someone else replied since this agent last looked
 * (the page loaded, or their last send)? The conversation is refetched to know, and if so
 * the agent is asked: "Mario replied 1 minute ago — send anyway?".
 */
export function useReplyGuard(
  number: number,
  meId: number,
  comments: CommentOut[] | undefined,
  nameOf: (id: number) => string,
): { confirmSend: (internal: boolean) => Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const seen = useRef<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    if (seen.current === null && comments) seen.current = newest(comments);
  }, [comments]);

  const confirmSend = useCallback(
    async (internal: boolean): Promise<boolean> => {
      if (internal) return true;
      await queryClient.refetchQueries({ queryKey: ['comments', number], exact: true });
      const latest = queryClient.getQueryData<CommentOut[]>(['comments', number]) ?? [];
      const since = seen.current ?? 0;
      seen.current = Math.max(since, newest(latest));
      const others = latest.filter((c) => c.id > since && !c.internal && c.author_id !== meId);
      const last = others.at(-1);
      if (!last) return true;
      return new Promise<boolean>((resolve) => setPending({ comment: last, resolve }));
    },
    [queryClient, number, meId],
  );

  const answer = (send: boolean) => {
    pending?.resolve(send);
    setPending(null);
  };

  const dialog = (
    <Modal opened={pending !== null} onClose={() => answer(false)} title={t('live.warnTitle')} centered>
      {pending && (
        <Text size="sm" mb="md" data-testid="reply-warning">
          {t('live.warnBody', { name: nameOf(pending.comment.author_id), when: fmt.relative(pending.comment.created_at) })}
        </Text>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={() => answer(false)} data-testid="reply-warning-review">
          {t('live.review')}
        </Button>
        <Button onClick={() => answer(true)} data-testid="reply-warning-send">
          {t('live.sendAnyway')}
        </Button>
      </Group>
    </Modal>
  );
  return { confirmSend, dialog };
}
