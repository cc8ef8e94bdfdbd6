"""Plumbing every use case shares, in one place: progress reporting (``progress``) and long id
lists in ``IN (...)`` queries (``batching``). Writing a file atomically lives one layer lower,
in ``jamsostek_desk.store.files``, because the database backup needs it too."""
