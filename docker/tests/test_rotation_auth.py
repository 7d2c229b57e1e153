"""The previous master key works until PREVIOUS_MASTER_KEY_EXPIRES_AT, and not a second longer."""

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

import rotation_auth
from litellm.proxy._types import LitellmUserRoles

CURRENT = "sk-current-0123456789abcdef0123456789abcdef0123"
PREVIOUS = "sk-previous-0123456789abcdef0123456789abcdef012"
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
IN_ONE_DAY = "2026-03-02T12:00:00Z"


def env(**extra):
    values = {rotation_auth.MASTER_KEY_ENV: CURRENT}
    values.update(extra)
    return values


def rotated(expires_at=IN_ONE_DAY):
    return env(**{rotation_auth.PREVIOUS_KEY_ENV: PREVIOUS,
                  rotation_auth.PREVIOUS_KEY_EXPIRES_ENV: expires_at})


def test_the_current_master_key_is_the_proxy_admin():
    identity = rotation_auth.authenticate(CURRENT, NOW, env())
    assert identity.user_role == LitellmUserRoles.PROXY_ADMIN
    assert identity.api_key == CURRENT


def test_a_bearer_prefix_is_accepted():
    assert rotation_auth.authenticate("Bearer " + CURRENT, NOW, env()).api_key == CURRENT


def test_the_previous_key_acts_as_the_current_admin_until_it_expires():
    identity = rotation_auth.authenticate(PREVIOUS, NOW, rotated())
    assert identity.user_role == LitellmUserRoles.PROXY_ADMIN
    # one admin in spend and audit logs, not two
    assert identity.api_key == CURRENT
    assert identity == rotation_auth.authenticate(CURRENT, NOW, rotated())


def test_the_previous_key_is_refused_at_its_expiry_time():
    with pytest.raises(rotation_auth.KeyRejected):
        rotation_auth.authenticate(PREVIOUS, NOW, rotated(expires_at="2026-03-01T12:00:00Z"))


def test_the_previous_key_is_refused_after_its_expiry_time():
    later = NOW + timedelta(days=8)
    with pytest.raises(rotation_auth.KeyRejected):
        rotation_auth.authenticate(PREVIOUS, later, rotated())


@pytest.mark.parametrize("expires_at", ["", "next tuesday", "2026-13-45T99:00:00Z"])
def test_a_missing_or_unreadable_expiry_refuses_the_previous_key(expires_at):
    with pytest.raises(rotation_auth.KeyRejected):
        rotation_auth.authenticate(PREVIOUS, NOW, rotated(expires_at=expires_at))


def test_the_previous_key_without_an_expiry_variable_is_refused():
    values = env(**{rotation_auth.PREVIOUS_KEY_ENV: PREVIOUS})
    with pytest.raises(rotation_auth.KeyRejected):
        rotation_auth.authenticate(PREVIOUS, NOW, values)


def test_any_other_key_is_left_to_litellm_by_raising():
    with pytest.raises(rotation_auth.KeyRejected):
        rotation_auth.authenticate("sk-virtual-key-from-the-admin-ui", NOW, rotated())


def test_an_empty_key_is_refused_even_when_no_previous_key_is_set():
    with pytest.raises(rotation_auth.KeyRejected):
        rotation_auth.authenticate("", NOW, env(**{rotation_auth.PREVIOUS_KEY_ENV: ""}))


def test_without_a_master_key_nothing_is_admin():
    values = {rotation_auth.PREVIOUS_KEY_ENV: PREVIOUS,
              rotation_auth.PREVIOUS_KEY_EXPIRES_ENV: IN_ONE_DAY}
    for key in ("", PREVIOUS):
        with pytest.raises(rotation_auth.KeyRejected):
            rotation_auth.authenticate(key, NOW, values)


@pytest.mark.parametrize("text, expected", [
    ("2026-03-02T12:00:00Z", datetime(2026, 3, 2, 12, tzinfo=timezone.utc)),
    ("2026-03-02T14:00:00+02:00", datetime(2026, 3, 2, 12, tzinfo=timezone.utc)),
    ("2026-03-02T12:00:00", datetime(2026, 3, 2, 12, tzinfo=timezone.utc)),
    ("1772452800", datetime(2026, 3, 2, 12, tzinfo=timezone.utc)),
])
def test_expiry_formats_the_rotation_function_may_write(text, expected):
    assert rotation_auth.parse_expiry(text) == expected


def test_the_hook_reads_the_process_environment_and_the_clock(monkeypatch):
    monkeypatch.setenv(rotation_auth.MASTER_KEY_ENV, CURRENT)
    monkeypatch.setenv(rotation_auth.PREVIOUS_KEY_ENV, PREVIOUS)
    monkeypatch.setenv(rotation_auth.PREVIOUS_KEY_EXPIRES_ENV, IN_ONE_DAY)
    monkeypatch.setattr(rotation_auth, "_clock", lambda: NOW)
    identity = asyncio.run(rotation_auth.user_api_key_auth(None, "Bearer " + PREVIOUS))
    assert identity.api_key == CURRENT
    monkeypatch.setattr(rotation_auth, "_clock", lambda: NOW + timedelta(days=2))
    with pytest.raises(rotation_auth.KeyRejected):
        asyncio.run(rotation_auth.user_api_key_auth(None, "Bearer " + PREVIOUS))


def test_rejections_never_carry_the_presented_key():
    with pytest.raises(rotation_auth.KeyRejected) as rejected:
        rotation_auth.authenticate("sk-should-not-appear", NOW, rotated())
    assert "sk-should-not-appear" not in str(rejected.value)


def test_config_yaml_installs_this_hook_with_fallback_to_litellm_auth():
    config = yaml.safe_load((Path(__file__).resolve().parents[1] / "config.yaml").read_text())
    settings = config["general_settings"]
    module, function = settings["custom_auth"].rsplit(".", 1)
    assert module == rotation_auth.__name__
    assert callable(getattr(rotation_auth, function))
    assert settings["custom_auth_settings"]["mode"] == "auto"
