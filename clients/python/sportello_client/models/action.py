from enum import StrEnum


class Action(StrEnum):
    NOTIFY_ASSIGNEE = "notify_assignee"
    NOTIFY_SUPERVISOR = "notify_supervisor"
    RAISE_PRIORITY = "raise_priority"
    REASSIGN_NEXT_TIER = "reassign_next_tier"
    REOPEN_TICKET = "reopen_ticket"

    def __str__(self) -> str:
        return str(self.value)
