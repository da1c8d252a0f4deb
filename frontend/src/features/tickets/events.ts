import { useQuery } from '@tanstack/react-query';
import { ticketsEvents, type TicketEventOut } from '@/api/generated';

/** The whole history of a ticket, every page. */
export function useEvents(number: number) {
  return useQuery({
    queryKey: ['events', number],
    queryFn: async ({ signal }) => {
      const events: TicketEventOut[] = [];
      let cursor: string | undefined;
      do {
        const { data } = await ticketsEvents({
          path: { number },
          query: { limit: 100, cursor },
          signal,
          throwOnError: true,
        });
        events.push(...data.items);
        cursor = data.next_cursor ?? undefined;
      } while (cursor);
      return events;
    },
  });
}
