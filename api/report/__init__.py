"""Supervisor reports: response and resolution times, SLA achievement, backlog, quality,
volume, agents' workload and the staffing heat-map, over a period and the one before it."""
