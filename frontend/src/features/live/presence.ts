import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { presenceHeartbeat, presenceLeave, presenceList, type Activity, type PresenceOut } from '@/api/generated';
import { loadStrings } from '@/i18n';

export const HEARTBEAT_MS = 15_000;

export const presenceKey = (number: number) => ['presence', number] as const;

/** The live workspace's strings (a feature bundle), fetched with the ticket page. */
export function useLiveStrings(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void loadStrings(['live']).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}

/**
 * Says every 15 s that this agent is on the ticket (viewing or replying), leaves on the way
 * out, and returns who is there. A closed tab stops beating and drops off 30 s later.
 */
export function usePresence(number: number, activity: Activity): PresenceOut[] {
  const queryClient = useQueryClient();
  const valid = Number.isSafeInteger(number) && number > 0;
  const query = useQuery({
    queryKey: presenceKey(number),
    enabled: valid,
    queryFn: async ({ signal }) => (await presenceList({ path: { number }, signal, throwOnError: true })).data.items,
  });

  useEffect(() => {
    if (!valid) return;
    let stopped = false;
    const beat = async () => {
      try {
        const { data } = await presenceHeartbeat({ path: { number }, body: { activity }, throwOnError: true });
        if (!stopped) queryClient.setQueryData(presenceKey(number), data.items);
      } catch {
        // The next beat tries again; presence is a courtesy, never in the way of work.
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [number, activity, queryClient, valid]);

  useEffect(() => {
    if (!valid) return;
    // A closed tab or a full navigation unmounts nothing: say goodbye on the way out.
    const leave = () => void presenceLeave({ path: { number }, keepalive: true });
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      void presenceLeave({ path: { number } });
    };
  }, [number, valid]);

  return query.data ?? [];
}
