"""Service level agreements: business calendars, policies and the pure SLA engine."""
