#!/usr/bin/env bash
# The services the tests need besides PostgreSQL, started on this machine (Debian, as root):
# two real OCI registries (Debian docker-registry) on loopback, seeded with busybox-static images built here
# (podman import) as an OCI manifest, an OCI index and a Docker manifest list (linux/amd64 + linux/arm64):
#   127.0.0.1:5000  anonymous             seed file /tmp/local-registry/run/seed.env
#   127.0.0.1:5001  basic auth ciuser/cipass  seed file /tmp/local-registry-auth/run/seed.env
# Usage: .ci/test-services.sh start|stop     (idempotent; logs in /tmp/chainline-registry.log)
set -euo pipefail
cd "$(dirname "$0")"
log=/tmp/chainline-registry.log
auth=(env REG_BASE=/tmp/local-registry-auth REG_ADDR=127.0.0.1:5001)
case "${1:-start}" in
  start)
    bash local-registry.sh install >> "$log" 2>&1 || { cat "$log"; exit 1; }
    bash local-registry.sh start >> "$log" 2>&1
    bash local-registry.sh seed >> "$log" 2>&1 || { cat "$log"; exit 1; }
    "${auth[@]}" REG_AUTH=htpasswd bash local-registry.sh start >> "$log" 2>&1
    "${auth[@]}" bash local-registry.sh seed >> "$log" 2>&1 || { cat "$log"; exit 1; }
    echo "registries up: 127.0.0.1:5000 (anonymous), 127.0.0.1:5001 (basic auth)"
    ;;
  stop)
    bash local-registry.sh stop > /dev/null 2>&1 || true
    "${auth[@]}" bash local-registry.sh stop > /dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
