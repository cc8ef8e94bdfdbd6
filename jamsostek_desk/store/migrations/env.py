"""Alembic environment: runs on the connection handed over by ``store.db``."""

from alembic import context
from sqlalchemy import create_engine

from jamsostek_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` on the command line, for developers generating revisions
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///alembic-dev.sqlite"
        with create_engine(url).connect() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
