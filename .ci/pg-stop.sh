#!/usr/bin/env bash
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PGBASE=${PGBASE:-/tmp/chainline-pg}
if [ -f "$PGBASE/data/PG_VERSION" ]; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGBASE/data" -m fast -w stop || true
fi
