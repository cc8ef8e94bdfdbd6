"""The log of unexpected errors, in the data folder, without personal data.

A traceback keeps where it happened (file, line, function) but not the source lines; what can
carry personal data is the message of each exception (a value that failed, a row). So every
message line has its NIKs masked (630305******0001), phone numbers and quoted text taken out;
SQL statement parameters never get into messages (the engine hides them).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from jamsostek_desk.domain.nik import mask_niks_in

_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_PHONE = re.compile(r"\+?\d[\d \-]{7,}\d")
_FRAME_LINE = re.compile(r"^\s")  # frames and source lines are indented
_CHAIN = ("Traceback", "During handling", "The above exception")


def log_file() -> Path:
    from jamsostek_desk.store.db import data_dir

    return data_dir() / "log" / "jamsostek-desk.log"


def redact(text: str) -> str:
    """``text`` (a formatted traceback) with the exception messages made safe to keep."""
    out = []
    for line in text.splitlines():
        if line.startswith("    "):  # a source line or its ^^^ marker under a frame
            continue
        line = mask_niks_in(line)
        if line and not _FRAME_LINE.match(line) and not line.startswith(_CHAIN):
            line = _PHONE.sub("…", _QUOTED.sub("'…'", line))
            if len(line) > 300:
                line = line[:300] + " …"
        out.append(line)
    return "\n".join(out)


def write(details: str) -> Path:
    """Append the redacted details to the log (0600); returns the log's path."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} kesalahan tak terduga:\n")
            fh.write(redact(details) + "\n\n")
    except OSError:
        pass  # a log that cannot be written must not hide the message to the user
    return path
