"""Attachment bytes on disk under the data directory, named by a random key.

A file is written before its row, and removed if the transaction that would have recorded
it rolls back. A crash between the two can still leave a file no row names: `sportello
clean-attachments` removes those once they are old enough not to be an upload in flight.
"""

import hashlib
import os
import secrets
import time
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import BinaryIO

import filetype
from sqlalchemy import event
from sqlalchemy.orm import Session

from api.core.errors import PayloadTooLarge

CHUNK = 64 * 1024
# Types a browser may be handed as they are; everything else is application/octet-stream.
SAFE_TYPES = frozenset(
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/bmp",
        "image/tiff",
        "application/pdf",
        "application/zip",
        "application/gzip",
        "audio/mpeg",
        "audio/x-wav",
        "video/mp4",
        "text/plain",
    }
)


@dataclass(frozen=True)
class StoredFile:
    key: str
    size: int
    sha256: str
    content_type: str


def _sniff(head: bytes) -> str:
    kind = filetype.guess(head)
    if kind is not None:
        mime = str(kind.mime)
        return mime if mime in SAFE_TYPES else "application/octet-stream"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def save(directory: Path, source: BinaryIO, *, max_bytes: int) -> StoredFile:
    """Copy the upload to disk, refusing it (and leaving nothing) past max_bytes."""
    directory.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(16)
    path = directory / key
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        with path.open("xb") as target:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise PayloadTooLarge(f"Attachments may be at most {max_bytes} bytes.")
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                digest.update(chunk)
                target.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return StoredFile(key=key, size=size, sha256=digest.hexdigest(), content_type=_sniff(head))


_WRITTEN = "attachment_files_written"


def remove_on_rollback(session: Session, directory: Path, key: str) -> None:
    """Remove the file if the session's transaction rolls back instead of committing."""
    session.info.setdefault(_WRITTEN, []).append(path_of(directory, key))


@event.listens_for(Session, "after_commit")
def _keep_written(session: Session) -> None:
    session.info.pop(_WRITTEN, None)


@event.listens_for(Session, "after_rollback")
def _remove_written(session: Session) -> None:
    for path in session.info.pop(_WRITTEN, []):
        path.unlink(missing_ok=True)


def remove_unrecorded(directory: Path, recorded: Collection[str], older_than: timedelta) -> int:
    """Remove files no attachment row names, left by a crash; how many were removed."""
    if not directory.is_dir():
        return 0
    cutoff = time.time() - older_than.total_seconds()
    removed = 0
    for path in directory.iterdir():
        if path.is_file() and path.name not in recorded and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def path_of(directory: Path, key: str) -> Path:
    return directory / os.path.basename(key)
