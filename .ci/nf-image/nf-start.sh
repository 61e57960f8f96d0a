#!/bin/sh
# The NF stand-in's entrypoint (busybox sh). Answers HTTP on $PORT with "chainline-nf <NF_NAME> <hostname>", as the
# image always did. Given a chain context (docs/chain-context.md) it also puts itself on its forwarding paths and
# publishes its interfaces' packet counters at GET /counters. Without a context it does nothing more than answer.
HERE=/usr/local/chainline
mkdir -p /www
echo "chainline-nf ${NF_NAME:-nf} $(hostname)" > /www/index.html
ctx=${CHAINLINE_CHAIN_CONTEXT:-/etc/chainline/chain-context.json}
if [ -f "$ctx" ]; then
  "$HERE/counters.sh" /www &
  "$HERE/chain-setup.sh" "$ctx" &
fi
exec httpd -f -p "${PORT:-8080}" -h /www
