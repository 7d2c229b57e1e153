"""Makes docker/ importable and stands in for LiteLLM's types when litellm is not installed.

The proxy image has litellm; CI and developer machines need not. The stand-ins keep only what
rotation_auth uses: the admin role value and a UserAPIKeyAuth that records its fields.
"""

import sys
import types
from pathlib import Path

DOCKER_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(DOCKER_DIR))

try:  # pragma: no cover - depends on the machine
    import litellm.proxy._types  # noqa: F401
except ImportError:
    import enum

    class LitellmUserRoles(str, enum.Enum):
        PROXY_ADMIN = "proxy_admin"
        INTERNAL_USER = "internal_user"

    class UserAPIKeyAuth:
        def __init__(self, **fields):
            self.fields = fields
            for name, value in fields.items():
                setattr(self, name, value)

        def __eq__(self, other):
            return isinstance(other, UserAPIKeyAuth) and self.fields == other.fields

        def __repr__(self):
            shown = {k: ("<key>" if k == "api_key" else v) for k, v in self.fields.items()}
            return f"UserAPIKeyAuth({shown})"

    litellm = types.ModuleType("litellm")
    proxy = types.ModuleType("litellm.proxy")
    proxy_types = types.ModuleType("litellm.proxy._types")
    proxy_types.LitellmUserRoles = LitellmUserRoles
    proxy_types.UserAPIKeyAuth = UserAPIKeyAuth
    litellm.proxy = proxy
    proxy._types = proxy_types
    sys.modules.update({
        "litellm": litellm,
        "litellm.proxy": proxy,
        "litellm.proxy._types": proxy_types,
    })
