"""`securetag apikey create --expires`: the forms it takes, and an error that lists them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from securetag.cli.admin import expiry
from securetag.kernel.errors import ConfigError

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "later"),
    [
        ("90s", timedelta(seconds=90)),
        ("15m", timedelta(minutes=15)),
        ("12h", timedelta(hours=12)),
        ("30d", timedelta(days=30)),
        ("2w", timedelta(weeks=2)),
    ],
)
def test_durations_from_now(value: str, later: timedelta) -> None:
    assert expiry(value, now=NOW) == NOW + later


def test_iso_times_with_and_without_a_zone() -> None:
    assert expiry("2031-02-03", now=NOW) == datetime(2031, 2, 3, tzinfo=UTC)
    assert expiry("2031-02-03T04:05:06+02:00", now=NOW) == datetime(2031, 2, 3, 2, 5, 6, tzinfo=UTC)
    assert expiry(None) is None and expiry("") is None


@pytest.mark.parametrize("value", ["15x", "1.5h", "m15", "soon", "-5m"])
def test_an_unknown_form_is_refused_with_every_accepted_form(value: str) -> None:
    with pytest.raises(ConfigError) as refused:
        expiry(value, now=NOW)
    for form in ("90s", "15m", "12h", "30d", "2w", "ISO 8601"):
        assert form in refused.value.message


@pytest.mark.parametrize("value", ["0s", "2029-12-31", "99999999999999d"])
def test_a_time_not_in_the_future_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="--expires"):
        expiry(value, now=NOW)
