import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ownLatest, rememberEtag, ticketKeys } from '@/features/tickets/api';

const answer = (etag: string) => new Response(null, { headers: { ETag: etag } });

describe('ownLatest', () => {
  it("follows the tab's own changes from the version a draft began on, and nothing else", () => {
    const client = new QueryClient();
    client.setQueryData(ticketKeys.one(41), { ticket: {}, etag: '"ticket-41-v1"' });
    expect(ownLatest(41, '"ticket-41-v1"')).toBe('"ticket-41-v1"');
    // The agent takes the ticket, then changes its status: both their own.
    rememberEtag(client, 41, answer('"ticket-41-v2"'));
    rememberEtag(client, 41, answer('"ticket-41-v3"'));
    expect(ownLatest(41, '"ticket-41-v1"')).toBe('"ticket-41-v3"');
    // Someone else's change arrives with a refetch; the agent's next change starts from it.
    client.setQueryData(ticketKeys.one(41), { ticket: {}, etag: '"ticket-41-v4"' });
    rememberEtag(client, 41, answer('"ticket-41-v5"'));
    expect(ownLatest(41, '"ticket-41-v1"')).toBe('"ticket-41-v3"');
    expect(ownLatest(41, '"ticket-41-v4"')).toBe('"ticket-41-v5"');
    expect(ownLatest(42, '"ticket-41-v1"')).toBe('"ticket-41-v1"');
    expect(ownLatest(41, null)).toBeNull();
  });
});
