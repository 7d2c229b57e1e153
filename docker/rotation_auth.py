"""Keeps the previous LiteLLM master key valid for a grace period after a rotation.

The security stack rotates the master key every N days. Clients that still hold the old key
would get 401 the moment the new key is live, so the rotation function keeps the old key in the
secret as PREVIOUS_MASTER_KEY with PREVIOUS_MASTER_KEY_EXPIRES_AT, and the task definition
injects them as LITELLM_PREVIOUS_MASTER_KEY and LITELLM_PREVIOUS_MASTER_KEY_EXPIRES_AT.

LiteLLM calls ``user_api_key_auth`` for every authenticated request (``general_settings.
custom_auth`` in config.yaml). This hook accepts exactly two keys, the current master key and the
previous one before it expires, and answers both with the proxy-admin identity of the current
master key, so spend and audit logs show one admin and not two. Every other key raises:
with ``custom_auth_settings.mode: auto`` LiteLLM then falls back to its own key check, so
virtual keys issued from the admin UI keep working.

The environment is read on every call (not at import) so a test, or an operator with a shell in
the task, sees the same behaviour as the running proxy; reading four variables costs nothing
next to an LLM call.
"""

from __future__ import annotations

import hmac
import logging
import os
from datetime import datetime, timezone
from typing import Callable, Optional

from litellm.proxy._types import LitellmUserRoles, UserAPIKeyAuth

MASTER_KEY_ENV = "LITELLM_MASTER_KEY"
PREVIOUS_KEY_ENV = "LITELLM_PREVIOUS_MASTER_KEY"
PREVIOUS_KEY_EXPIRES_ENV = "LITELLM_PREVIOUS_MASTER_KEY_EXPIRES_AT"
# LiteLLM's own name for the admin behind the master key (proxy_server.litellm_proxy_admin_name).
ADMIN_NAME_ENV = "PROXY_ADMIN_ID"
DEFAULT_ADMIN_NAME = "default_user_id"

_BEARER_PREFIXES = ("Bearer ", "bearer ")

log = logging.getLogger("litellm.rotation_auth")


class KeyRejected(Exception):
    """Raised for any key this hook does not own; LiteLLM's own auth decides in auto mode."""


def _bare_key(api_key: Optional[str]) -> str:
    key = (api_key or "").strip()
    for prefix in _BEARER_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):].strip()
    return key


def _same(presented: str, expected: str) -> bool:
    # Constant time, so the response time does not leak how much of a key matched.
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def parse_expiry(text: Optional[str]) -> Optional[datetime]:
    """The expiry as an aware UTC datetime, or None when absent or unreadable.

    Accepts ISO 8601 (``2026-03-01T12:00:00Z``, with an offset, or naive meaning UTC) and epoch
    seconds. An unreadable value means "expired": failing closed is the safe side for a key that
    was meant to stop working.
    """
    if text is None or not text.strip():
        return None
    value = text.strip()
    try:
        if value.replace(".", "", 1).isdigit():
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        log.warning("%s is not a timestamp; the previous master key is not accepted",
                    PREVIOUS_KEY_EXPIRES_ENV)
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def previous_key_valid(now: datetime, environ: Optional[dict] = None) -> Optional[str]:
    """The previous master key while its grace period lasts, else None."""
    env = os.environ if environ is None else environ
    previous = env.get(PREVIOUS_KEY_ENV, "")
    if not previous:
        return None
    expires = parse_expiry(env.get(PREVIOUS_KEY_EXPIRES_ENV))
    if expires is None or now >= expires:
        return None
    return previous


def _admin_identity(master_key: str, environ) -> UserAPIKeyAuth:
    return UserAPIKeyAuth(
        api_key=master_key,
        user_role=LitellmUserRoles.PROXY_ADMIN,
        user_id=environ.get(ADMIN_NAME_ENV, DEFAULT_ADMIN_NAME),
    )


def authenticate(api_key: Optional[str], now: datetime,
                 environ: Optional[dict] = None) -> UserAPIKeyAuth:
    """The admin identity for the current or the still-valid previous master key; raises else."""
    env = os.environ if environ is None else environ
    master_key = env.get(MASTER_KEY_ENV, "")
    if not master_key:
        # Without a master key LiteLLM itself refuses to start with a database; never turn an
        # empty configuration into "any empty key is admin".
        raise KeyRejected("no master key configured")
    presented = _bare_key(api_key)
    if not presented:
        raise KeyRejected("no key presented")
    if _same(presented, master_key):
        return _admin_identity(master_key, env)
    previous = previous_key_valid(now, env)
    if previous is not None and not _same(previous, master_key) and _same(presented, previous):
        log.info("request authenticated with the previous master key (valid until %s)",
                 env.get(PREVIOUS_KEY_EXPIRES_ENV))
        return _admin_identity(master_key, env)
    raise KeyRejected("not a master key")


_clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)


async def user_api_key_auth(request, api_key: str) -> UserAPIKeyAuth:
    """The hook named by ``general_settings.custom_auth`` (LiteLLM's signature)."""
    return authenticate(api_key, _clock())
