"""Mailboxes the desk reads its email from (IMAP): kept by administrators, polled by a job."""
