import type { Status } from '@/api/generated';

/**
 * The API's transition table (api/ticket/lifecycle.py), so that only the moves the API accepts
 * are offered. The API stays the judge: a 409 names the allowed moves if this ever drifts.
 */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ['open', 'resolved'],
  open: ['in_progress', 'pending', 'resolved'],
  in_progress: ['open', 'pending', 'resolved'],
  pending: ['open', 'in_progress', 'resolved'],
  resolved: ['open', 'closed'],
  closed: [],
};

const CUSTOMER_TRANSITIONS: Partial<Record<Status, readonly Status[]>> = {
  resolved: ['open', 'closed'],
};

export const OPEN_STATUSES: readonly Status[] = ['new', 'open', 'in_progress', 'pending'];

export type StatusAction =
  | 'open'
  | 'start'
  | 'wait'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'confirm';

export interface AllowedAction {
  action: StatusAction;
  target: Status;
  /** Resolving needs a resolution note. */
  needsResolution: boolean;
}

function actionFor(current: Status, target: Status, byCustomer: boolean): StatusAction {
  if (target === 'resolved') return 'resolve';
  if (target === 'closed') return byCustomer ? 'confirm' : 'close';
  if (target === 'open') return current === 'resolved' ? 'reopen' : 'open';
  if (target === 'in_progress') return 'start';
  return 'wait';
}

const ORDER: readonly Status[] = ['in_progress', 'open', 'pending', 'resolved', 'closed'];

export function allowedActions(current: Status, byCustomer: boolean): AllowedAction[] {
  const table = byCustomer ? CUSTOMER_TRANSITIONS : TRANSITIONS;
  const targets = [...(table[current] ?? [])].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return targets.map((target) => ({
    action: actionFor(current, target, byCustomer),
    target,
    needsResolution: target === 'resolved',
  }));
}

export function isOpen(status: Status): boolean {
  return OPEN_STATUSES.includes(status);
}
