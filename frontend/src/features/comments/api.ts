import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { commentsCreate, commentsList, type CommentOut } from '@/api/generated';
import { invalidateTicket } from '@/features/tickets/api';

/** The conversation, every page (customers receive public replies only: the API filters). */
export function useComments(number: number) {
  return useQuery({
    queryKey: ['comments', number],
    queryFn: async ({ signal }) => {
      const comments: CommentOut[] = [];
      let cursor: string | undefined;
      do {
        const { data } = await commentsList({
          path: { number },
          query: { limit: 100, cursor },
          signal,
          throwOnError: true,
        });
        comments.push(...data.items);
        cursor = data.next_cursor ?? undefined;
      } while (cursor);
      return comments;
    },
  });
}

export function useCreateComment(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { body: string; internal: boolean; idempotencyKey: string }) =>
      (
        await commentsCreate({
          path: { number },
          body: v.internal ? { body: v.body, internal: true } : { body: v.body },
          headers: { 'Idempotency-Key': v.idempotencyKey },
          throwOnError: true,
        })
      ).data,
    onSuccess: () => invalidateTicket(queryClient, number),
  });
}
