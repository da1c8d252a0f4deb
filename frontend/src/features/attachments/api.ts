import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { attachmentsCreate, attachmentsDownload, attachmentsList } from '@/api/generated';
import { fetchWithUploadProgress } from '@/lib/uploadFetch';

export function useAttachments(number: number) {
  return useQuery({
    queryKey: ['attachments', number],
    queryFn: async ({ signal }) =>
      (await attachmentsList({ path: { number }, signal, throwOnError: true })).data.items,
  });
}

export function useUploadAttachment(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { file: File; commentId?: number }) =>
      (
        await attachmentsCreate({
          path: { number },
          body: { file: v.file, comment_id: v.commentId ?? null },
          throwOnError: true,
        })
      ).data,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['attachments', number] });
      void queryClient.invalidateQueries({ queryKey: ['events', number] });
    },
  });
}

/** Files need the bearer token, so they are fetched and handed to the browser as a download. */
export async function downloadAttachment(number: number, id: number, filename: string) {
  const { data } = await attachmentsDownload({
    path: { number, attachment_id: id },
    parseAs: 'blob',
    throwOnError: true,
  });
  const url = URL.createObjectURL(data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Upload one file to a ticket, reporting the share of it sent so far. */
export async function uploadWithProgress(number: number, file: File, onProgress: (fraction: number) => void) {
  return (
    await attachmentsCreate({
      path: { number },
      body: { file, comment_id: null },
      fetch: fetchWithUploadProgress(onProgress),
      throwOnError: true,
    })
  ).data;
}
