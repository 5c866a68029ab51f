"""Alembic's environment, run programmatically by ``store.migrate``: no alembic.ini.

``store.migrate`` passes the connection (already holding the migration lock) in
``config.attributes["connection"]``; the migrations run in its transaction."""

from alembic import context

from qa_pipeline.store.schema import metadata

connection = context.config.attributes["connection"]
# render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
