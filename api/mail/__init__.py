"""Email: what the desk sends (outbound) and what it reads (inbound)."""
