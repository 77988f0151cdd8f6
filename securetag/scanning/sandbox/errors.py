"""Why a sandboxed run could not even start."""

from __future__ import annotations

from securetag.kernel.errors import ConfigError, SecuretagError


class SandboxUnavailable(ConfigError):
    """bubblewrap is not installed, so tools cannot be isolated."""

    code = "sandbox_unavailable"


class SandboxSetupError(ConfigError):
    """bwrap or the in-sandbox supervisor failed before the tool could start."""

    code = "sandbox_setup_failed"


class ExecutableNotAllowed(SecuretagError):
    """argv[0] is not the program the profile allows; nothing was run."""

    code = "sandbox_executable_not_allowed"
