from typing import Literal

IngestStatus = Literal["ticket_created", "commented", "ignored", "quarantined"]
QuarantineStatus = Literal["held", "ignored", "released", "dropped"]
