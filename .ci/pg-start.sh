#!/usr/bin/env bash
# Start a throw-away PostgreSQL on 127.0.0.1 for the tests (adapted from ../shared/recipes/pg-start.sh, kept here so
# CI works where ../shared is absent). Data lives under $PGBASE; initdb/postgres refuse root, so they run as 'postgres'.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PGBASE=${PGBASE:-/tmp/chainline-pg}
PGPORT=${PGPORT:-5432}
[ -x "$PGBIN/initdb" ] || { echo "No PostgreSQL server binaries found (apt-get install postgresql)" >&2; exit 1; }
mkdir -p "$PGBASE"
chown postgres:postgres "$PGBASE"
if [ ! -f "$PGBASE/data/PG_VERSION" ]; then
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGBASE/data" -U postgres --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 > "$PGBASE/initdb.log"
fi
if ! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGBASE/data" status > /dev/null 2>&1; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGBASE/data" -l "$PGBASE/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGBASE -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start
fi
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q <<'SQL'
SELECT 'CREATE ROLE chainline LOGIN PASSWORD ''chainline''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname='chainline')\gexec
SELECT 'CREATE DATABASE chainline OWNER chainline' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname='chainline')\gexec
SQL
echo "PostgreSQL ready: jdbc:postgresql://127.0.0.1:$PGPORT/chainline (user chainline / password chainline)"
