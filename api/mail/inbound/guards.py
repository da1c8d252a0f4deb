"""Mail that must never open a ticket nor be answered: auto-replies, bulk and list mail,
our own mail coming back, bounces. Pure rules over the headers (RFC 3834, RFC 2076, RFC 3464)."""

from collections.abc import Mapping

_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})


def loop_reason(
    headers: Mapping[str, str], content_type: str, sender: str, our_address: str
) -> str | None:
    """Why this message is machine mail we must drop, or None for mail a person wrote."""
    get = {k.lower(): v for k, v in headers.items()}.get
    auto_submitted = (get("auto-submitted") or "").split(";")[0].strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"auto-submitted: {auto_submitted}"
    if get("x-autoreply") or get("x-autorespond"):
        return "auto-reply (X-Autoreply)"
    precedence = (get("precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return f"precedence: {precedence}"
    loop = (get("x-loop") or "").lower()
    if loop and our_address and our_address.lower() in loop:
        return "x-loop: our own mail came back"
    if get("list-id"):
        return "mailing list (List-Id)"
    return_path = get("return-path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "null return path (bounce)"
    if content_type.lower() == "multipart/report":
        return "delivery status report (multipart/report)"
    local = sender.partition("@")[0].lower()
    if local in ("mailer-daemon", "postmaster"):
        return f"bounce ({local})"
    if our_address and sender.lower() == our_address.lower():
        return "sent by the desk itself"
    return None
