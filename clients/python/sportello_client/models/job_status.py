from enum import StrEnum


class JobStatus(StrEnum):
    CANCELLED = "cancelled"
    DOING = "doing"
    FAILED = "failed"
    SUCCEEDED = "succeeded"
    TODO = "todo"

    def __str__(self) -> str:
        return str(self.value)
