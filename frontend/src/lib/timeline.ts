import type { AttachmentOut, CommentOut, TicketEventOut } from '@/api/generated';

export type TimelineItem =
  | { kind: 'comment'; key: string; at: string; comment: CommentOut; attachments: AttachmentOut[] }
  | { kind: 'event'; key: string; at: string; event: TicketEventOut; attachment?: AttachmentOut };

function numberIn(data: TicketEventOut['data'], key: string): number | null {
  const value = data?.[key];
  return typeof value === 'number' ? value : null;
}

const rank = (item: TimelineItem): number =>
  item.kind === 'event' && item.event.kind === 'created' ? 0 : item.kind === 'comment' ? 1 : 2;

/**
 * One timeline of replies, internal notes and history events, oldest first. A comment's own
 * "commented" event and the "attachment_added" events of files shown with their comment are
 * folded into the comment rather than repeated.
 */
export function mergeTimeline(
  comments: readonly CommentOut[],
  events: readonly TicketEventOut[],
  attachments: readonly AttachmentOut[],
): TimelineItem[] {
  const commentIds = new Set(comments.map((c) => c.id));
  const attachmentsById = new Map(attachments.map((a) => [a.id, a]));
  const items: TimelineItem[] = comments.map((comment) => ({
    kind: 'comment',
    key: `c${comment.id}`,
    at: comment.created_at,
    comment,
    attachments: attachments.filter((a) => a.comment_id === comment.id),
  }));
  for (const event of events) {
    if (event.kind === 'commented') continue;
    let attachment: AttachmentOut | undefined;
    if (event.kind === 'attachment_added') {
      const id = numberIn(event.data, 'attachment_id');
      attachment = id === null ? undefined : attachmentsById.get(id);
      if (attachment?.comment_id != null && commentIds.has(attachment.comment_id)) continue;
    }
    items.push({ kind: 'event', key: `e${event.id}`, at: event.created_at, event, attachment });
  }
  return items
    .map((item, index) => ({ item, index, time: Date.parse(item.at) }))
    .sort((a, b) => a.time - b.time || rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
