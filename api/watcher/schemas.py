from datetime import datetime

from pydantic import BaseModel


class WatcherOut(BaseModel):
    user_id: int
    name: str
    staff: bool
    created_at: datetime
