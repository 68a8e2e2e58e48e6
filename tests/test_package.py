"""The package's public API: every advertised name is there, loaded on first use."""

from __future__ import annotations

import subprocess
import sys

import schedule

from support import REPO


def test_every_public_name_resolves_to_its_module() -> None:
    assert sorted(schedule._HOMES) == sorted(schedule.__all__)
    for name in schedule.__all__:
        value = getattr(schedule, name)
        assert value.__module__.startswith(f"schedule.{schedule._HOMES[name]}")


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        schedule.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_importing_the_package_loads_nothing_heavy() -> None:
    # A command that lists events must not pay for the extractor or iCalendar.
    code = (
        "import sys, schedule, schedule.storage; "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('schedule.', 'icalendar', 'alembic'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    for heavy in ("schedule.extraction", "schedule.export", "icalendar", "alembic"):
        assert f"'{heavy}" not in loaded, loaded
