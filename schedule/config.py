"""Configuration in one place: every setting, its default and its variable.

| setting  | default                                   | environment      |
|----------|-------------------------------------------|------------------|
| database | ``<user data dir>/schedule/schedule.db``  | ``SCHEDULE_DB``  |
| server   | ``127.0.0.1:8080`` (``serve --host/--port``) | —          |

``--db`` on the command line wins over the environment, which wins over the
default. A value containing ``://`` is a SQLAlchemy URL (``postgresql+psycopg://``);
anything else is a path to a SQLite file.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "schedule"
DB_ENV_VAR = "SCHEDULE_DB"

#: ``schedule serve``: only this machine can connect unless told otherwise.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080


def default_database_path() -> Path:
    """Per-user data location (XDG on Linux, ~/Library on macOS, %LOCALAPPDATA%)."""
    import platformdirs  # only when no --db or SCHEDULE_DB is given: it is slow to import

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "schedule.db"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """Resolve ``--db`` / ``SCHEDULE_DB`` / default into a SQLAlchemy URL."""
    chosen = os.fspath(db) if db else os.environ.get(DB_ENV_VAR) or None
    if chosen and "://" in chosen:
        return chosen
    path = Path(chosen).expanduser() if chosen else default_database_path()
    return f"sqlite:///{path.resolve()}"
