"""Attachment bytes on disk under the data directory, named by a random key."""

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import filetype

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


def path_of(directory: Path, key: str) -> Path:
    return directory / os.path.basename(key)


def remove(directory: Path, key: str) -> None:
    path_of(directory, key).unlink(missing_ok=True)
