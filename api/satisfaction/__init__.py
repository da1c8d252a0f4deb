"""Satisfaction surveys: the requester rates a resolved ticket from 1 to 5, in the portal or
through the signed one-click links of the resolution email; one answer per ticket, changeable
until the ticket is closed. A bad rating (1 or 2) sets off the escalation rules made for it."""
