import { describe, expect, it } from 'vitest';
import type { AttachmentOut, CommentOut, TicketEventOut } from '@/api/generated';
import { mergeTimeline } from '@/lib/timeline';

const event = (id: number, kind: string, at: string, extra: Partial<TicketEventOut> = {}): TicketEventOut => ({
  id, kind, created_at: at, field: null, from_value: null, to_value: null, public: true, actor_id: 1,
  actor_role: 'agent', channel: 'web', note: null, data: null, ...extra,
});
const comment = (id: number, at: string, internal = false): CommentOut => ({
  id, author_id: 1, author_role: 'agent', body: `comment ${id}`, internal, channel: 'web', created_at: at,
});
const attachment = (id: number, commentId: number | null): AttachmentOut => ({
  id, comment_id: commentId, uploader_id: 1, filename: `f${id}.txt`, content_type: 'text/plain', size: 3,
  sha256: 'x', internal: false, created_at: '2026-01-01T10:00:00Z',
});

describe('mergeTimeline', () => {
  it('orders replies, notes and events by time, the creation first', () => {
    const items = mergeTimeline(
      [comment(2, '2026-01-01T10:05:00Z', true), comment(1, '2026-01-01T10:00:00Z')],
      [event(10, 'status_changed', '2026-01-01T10:03:00Z'), event(9, 'created', '2026-01-01T10:00:00Z')],
      [],
    );
    expect(items.map((i) => i.key)).toEqual(['e9', 'c1', 'e10', 'c2']);
  });

  it('folds a comment\'s own "commented" event into the comment', () => {
    const items = mergeTimeline([comment(1, '2026-01-01T10:00:00Z')], [event(5, 'commented', '2026-01-01T10:00:00Z', { data: { comment_id: 1 } })], []);
    expect(items).toHaveLength(1);
    expect(items[0].kind).toBe('comment');
  });

  it('shows attachments with their comment, and loose ones as events', () => {
    const items = mergeTimeline(
      [comment(1, '2026-01-01T10:00:00Z')],
      [
        event(6, 'attachment_added', '2026-01-01T10:00:01Z', { data: { attachment_id: 100 } }),
        event(7, 'attachment_added', '2026-01-01T10:00:02Z', { data: { attachment_id: 101 } }),
      ],
      [attachment(100, 1), attachment(101, null)],
    );
    expect(items.map((i) => i.key)).toEqual(['c1', 'e7']);
    const first = items[0];
    expect(first.kind === 'comment' && first.attachments.map((a) => a.id)).toEqual([100]);
    const second = items[1];
    expect(second.kind === 'event' && second.attachment?.id).toBe(101);
  });

  it('keeps an attachment event whose file the reader cannot see', () => {
    const items = mergeTimeline([], [event(8, 'attachment_added', '2026-01-01T10:00:00Z', { data: { attachment_id: 5 } })], []);
    expect(items).toHaveLength(1);
  });
});
