/**
 * Drafts kept in localStorage so that a reload, a crash or an expired sign-in loses no work.
 * Each draft carries the Idempotency-Key of its submission, so a retry never posts twice.
 */
export interface Draft<T> {
  value: T;
  idempotencyKey: string;
  savedAt: number;
}

const PREFIX = 'sportello.draft.';
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function loadDraft<T>(key: string): Draft<T> | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft<T>;
    if (Date.now() - draft.savedAt > MAX_AGE_MS) {
      storage()?.removeItem(PREFIX + key);
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

export function saveDraft<T>(key: string, value: T, idempotencyKey?: string): Draft<T> {
  const previous = loadDraft<T>(key);
  const draft: Draft<T> = {
    value,
    idempotencyKey: idempotencyKey ?? previous?.idempotencyKey ?? newIdempotencyKey(),
    savedAt: Date.now(),
  };
  storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  return draft;
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
