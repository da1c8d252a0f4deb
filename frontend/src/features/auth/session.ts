/**
 * The sign-in token. sessionStorage by default (gone when the tab closes); localStorage only when
 * the person asks to stay signed in. Never in a cookie or a URL.
 */
const KEY = 'sportello.token';
type Listener = () => void;
const listeners = new Set<Listener>();

function read(): string | null {
  try {
    return window.sessionStorage.getItem(KEY) ?? window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let current: string | null = typeof window === 'undefined' ? null : read();
let expired = false;

function emit(): void {
  for (const listener of listeners) listener();
}

export const session = {
  token(): string | null {
    return current;
  },
  /** True after a 401 ended the session (so sign-in can say why). */
  expired(): boolean {
    return expired;
  },
  signIn(token: string, remember: boolean): void {
    current = token;
    expired = false;
    try {
      (remember ? window.localStorage : window.sessionStorage).setItem(KEY, token);
    } catch {
      // private mode without storage: the token lives in memory for this tab
    }
    emit();
  },
  signOut(reason: 'user' | 'expired' = 'user'): void {
    current = null;
    expired = reason === 'expired';
    try {
      window.sessionStorage.removeItem(KEY);
      window.localStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
