import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { eventsCreateStreamTicket } from '@/api/generated';
import { invalidateTicket } from '@/features/tickets/api';
import { presenceKey } from './presence';

const STREAM_PATH = '/api/v1/events/stream';
const REOPEN_MS = 3000;
const BATCH_MS = 250;

function ticketOf(event: MessageEvent<string>): number | null {
  try {
    const data = JSON.parse(event.data) as { ticket?: unknown };
    return typeof data.ticket === 'number' ? data.ticket : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what the agent sees up to date: the event stream (ids only) tells which tickets
 * changed, and their queries are refetched through the API. EventSource cannot send the
 * Authorization header, so the stream is opened with a short-lived stream ticket, the one
 * documented exception to "no credential in a query string" (README, Live workspace).
 * The browser reconnects by itself with Last-Event-ID while the ticket is good; past that,
 * a fresh ticket and `last_event_id` resume where the stream stopped.
 */
export function useLiveUpdates(enabled = true): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let stopped = false;
    let lastId = '';
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let flush: ReturnType<typeof setTimeout> | undefined;
    const changed = new Set<number>();

    const refresh = (client: QueryClient) => {
      flush = undefined;
      for (const number of changed) void invalidateTicket(client, number);
      changed.clear();
    };
    const schedule = (delay: number) => {
      if (!stopped && reopen === undefined) reopen = setTimeout(() => void open(), delay);
    };
    const open = async () => {
      reopen = undefined;
      try {
        const { data } = await eventsCreateStreamTicket({ throwOnError: true });
        if (stopped) return;
        const query = new URLSearchParams({ ticket: data.ticket });
        if (lastId) query.set('last_event_id', lastId);
        source = new EventSource(`${STREAM_PATH}?${query.toString()}`);
      } catch {
        schedule(REOPEN_MS * 2);
        return;
      }
      // Whatever presence changed before the stream was there is fetched once it is.
      source.onopen = () => void queryClient.invalidateQueries({ queryKey: ['presence'] });
      source.addEventListener('ticket', (event: MessageEvent<string>) => {
        lastId = event.lastEventId || lastId;
        const number = ticketOf(event);
        if (number === null) return;
        changed.add(number);
        flush ??= setTimeout(() => refresh(queryClient), BATCH_MS);
      });
      source.addEventListener('presence', (event: MessageEvent<string>) => {
        const number = ticketOf(event);
        if (number !== null) void queryClient.invalidateQueries({ queryKey: presenceKey(number) });
      });
      source.addEventListener('reset', (event: MessageEvent<string>) => {
        lastId = event.lastEventId || lastId;
        void queryClient.invalidateQueries();
      });
      source.onerror = () => {
        // CLOSED: the browser gave up (its ticket expired); otherwise it is reconnecting.
        if (source?.readyState === EventSource.CLOSED) {
          source = null;
          schedule(REOPEN_MS);
        }
      };
    };

    void open();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(reopen);
      clearTimeout(flush);
    };
  }, [enabled, queryClient]);
}
