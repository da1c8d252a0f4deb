from enum import StrEnum


class SlaState(StrEnum):
    BREACHED = "breached"
    PAUSED = "paused"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
