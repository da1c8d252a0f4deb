"""The live workspace: a server-sent events stream of ticket changes and who is on a ticket.

Every change to a ticket is a `ticket_event` row (api/ticket/history.record). The subscriber in
`notify.py` tells the other API processes which event ids a transaction committed: a
PostgreSQL NOTIFY (delivered on commit only), or on SQLite a wake-up of this process's hub,
whose poll of `ticket_event` reaches the other processes. Each API process keeps one `Hub`
(one LISTEN connection or one poller, whatever the number of streams) that reads the new
events once and fans them out to its streams; each stream keeps what its viewer may see.
Streams carry ids only: clients refetch through the authorized endpoints.
"""
