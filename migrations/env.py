from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from api.core.config import Settings
from api.db.migrate import include_name, include_object
from api.db.registry import metadata
from api.db.session import build_engine

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite and not connection.in_transaction():
        # SQLite alters a table by rebuilding it and dropping the old one (batch mode); with
        # foreign keys enforced, that drop would cascade into every table pointing at it (a
        # ticket's events, comments...). Off while migrating (outside a transaction, or SQLite
        # ignores it), and every reference is checked before the migration commits.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"The migration left broken references: {broken[:10]}")
    if sqlite and not connection.in_transaction():
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.attributes.get("database_url") or Settings().database_url
    engine = build_engine(Settings(database_url=url))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


run_migrations_online()
