import { beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from '@/lib/drafts';

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the text and one Idempotency-Key per draft', () => {
    const first = saveDraft('comment.1.42', { body: 'Hel' });
    const second = saveDraft('comment.1.42', { body: 'Hello' });
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(loadDraft<{ body: string }>('comment.1.42')?.value.body).toBe('Hello');
  });

  it('starts a new key after the draft is sent', () => {
    const sent = saveDraft('comment.1.42', { body: 'Hello' });
    clearDraft('comment.1.42');
    expect(loadDraft('comment.1.42')).toBeNull();
    expect(saveDraft('comment.1.42', { body: 'Again' }).idempotencyKey).not.toBe(sent.idempotencyKey);
  });

  it('forgets broken or month-old drafts', () => {
    localStorage.setItem('sportello.draft.x', '{not json');
    expect(loadDraft('x')).toBeNull();
    localStorage.setItem('sportello.draft.y', JSON.stringify({ value: 1, idempotencyKey: 'k', savedAt: Date.now() - 40 * 86400_000 }));
    expect(loadDraft('y')).toBeNull();
  });
});
