#!/usr/bin/env bash
# A real OpenStack control plane for the OpenStack connector's tests (../shared/recipes/targets.md): Keystone v3
# (Debian python3-keystone, sqlite in WAL mode, fernet tokens) and Heat (heat-all: API and engine in one process,
# fake:// RPC, sqlite). Nova, Neutron and Glance cannot run here; the tests answer them with WireMock on 127.0.0.1:18774,
# which this script puts into Keystone's real catalog (compute, image), so clients find them like a real cloud's.
#   Keystone http://127.0.0.1:35357/v3  admin/secret, project admin, domain default, region RegionOne
#   Heat     http://127.0.0.1:8004/v1/<project> (orchestration in the catalog)
# Usage: .ci/openstack.sh install|start|stop     (logs under /tmp/chainline-openstack)
set -euo pipefail
T=/tmp/chainline-openstack
KS_PORT=35357
HEAT_PORT=8004
STUB_PORT=18774
mkdir -p "$T"
waitfor() { for _ in $(seq 1 900); do "$@" > /dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }

install() {
  if ! dpkg -s python3-keystone heat-common > /dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends python3-keystone heat-common curl > "$T/apt.log" 2>&1
  fi
}

start_keystone() {
  local K="$T/ks"; mkdir -p "$K"
  cat > "$K/keystone.conf" <<CONF
[DEFAULT]
use_stderr = true
[database]
connection = sqlite:///$K/keystone.db
[token]
provider = fernet
[fernet_tokens]
key_repository = $K/fernet-keys
[fernet_receipts]
key_repository = $K/fernet-keys
[credential]
key_repository = $K/credential-keys
CONF
  if [ ! -f "$K/keystone.db" ]; then
    local M="keystone-manage --config-file $K/keystone.conf"
    $M db_sync > "$K/setup.log" 2>&1
    /usr/bin/python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=WAL')" "$K/keystone.db"
    $M fernet_setup --keystone-user root --keystone-group root >> "$K/setup.log" 2>&1
    $M credential_setup --keystone-user root --keystone-group root >> "$K/setup.log" 2>&1
    $M bootstrap --bootstrap-password secret --bootstrap-region-id RegionOne \
      --bootstrap-admin-url "http://127.0.0.1:$KS_PORT/v3/" --bootstrap-internal-url "http://127.0.0.1:$KS_PORT/v3/" \
      --bootstrap-public-url "http://127.0.0.1:$KS_PORT/v3/" >> "$K/setup.log" 2>&1
  fi
  curl -sf "http://127.0.0.1:$KS_PORT/v3" > /dev/null 2>&1 && return
  OS_KEYSTONE_CONFIG_FILES="$K/keystone.conf" nohup keystone-wsgi-public --host 127.0.0.1 --port "$KS_PORT" \
    > "$K/keystone.log" 2>&1 &
  echo $! > "$T/keystone.pid"
  waitfor curl -sf "http://127.0.0.1:$KS_PORT/v3"
}

token() {
  curl -s -D - -o /dev/null -H 'Content-Type: application/json' "http://127.0.0.1:$KS_PORT/v3/auth/tokens" -d \
   '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"id":"default"},"password":"secret"}}},"scope":{"project":{"name":"admin","domain":{"id":"default"}}}}}' |
   awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' | tr -d '\r'
}

# register <type> <name> <url>: a service and its public endpoint in RegionOne, once
register() {
  local tok; tok=$(token)
  if curl -s -H "X-Auth-Token: $tok" "http://127.0.0.1:$KS_PORT/v3/services?type=$1" | grep -q "\"$1\""; then return; fi
  local sid
  sid=$(curl -s -H "X-Auth-Token: $tok" -H 'Content-Type: application/json' "http://127.0.0.1:$KS_PORT/v3/services" \
    -d "{\"service\":{\"name\":\"$2\",\"type\":\"$1\",\"enabled\":true}}" |
    /usr/bin/python3 -c 'import json,sys;print(json.load(sys.stdin)["service"]["id"])')
  curl -s -o /dev/null -H "X-Auth-Token: $tok" -H 'Content-Type: application/json' "http://127.0.0.1:$KS_PORT/v3/endpoints" \
    -d "{\"endpoint\":{\"service_id\":\"$sid\",\"interface\":\"public\",\"region_id\":\"RegionOne\",\"url\":\"$3\"}}"
}

start_heat() {
  local H="$T/heat"; mkdir -p "$H"
  cat > "$H/heat.conf" <<CONF
[DEFAULT]
transport_url = fake://
deferred_auth_method = password
region_name_for_services = RegionOne
num_engine_workers = 1
use_stderr = true
[heat_all]
enabled_services = api,engine
[heat_api]
bind_host = 127.0.0.1
bind_port = $HEAT_PORT
workers = 1
[database]
connection = sqlite:///$H/heat.db
[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:$KS_PORT/v3
auth_url = http://127.0.0.1:$KS_PORT/v3
auth_type = password
username = admin
password = secret
project_name = admin
user_domain_id = default
project_domain_id = default
[trustee]
auth_type = password
auth_url = http://127.0.0.1:$KS_PORT/v3
username = admin
password = secret
user_domain_id = default
[clients_keystone]
auth_uri = http://127.0.0.1:$KS_PORT
[oslo_messaging_notifications]
driver = noop
CONF
  if [ ! -f "$H/heat.db" ]; then
    heat-manage --config-file "$H/heat.conf" db_sync > "$H/setup.log" 2>&1
    /usr/bin/python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=WAL')" "$H/heat.db"
  fi
  if ! curl -sf "http://127.0.0.1:$HEAT_PORT/" > /dev/null 2>&1; then
    nohup heat-all --config-file "$H/heat.conf" > "$H/heat.log" 2>&1 &
    echo $! > "$T/heat.pid"
    waitfor curl -sf "http://127.0.0.1:$HEAT_PORT/"
  fi
  register orchestration heat "http://127.0.0.1:$HEAT_PORT/v1/%(project_id)s"
}

stop() {
  for n in heat keystone; do
    local f="$T/$n.pid"; [ -f "$f" ] || continue
    local p; p=$(cat "$f")
    if kill -0 "$p" 2> /dev/null; then
      kill "$p"
      for _ in $(seq 1 100); do kill -0 "$p" 2> /dev/null || break; sleep 0.1; done
      kill -0 "$p" 2> /dev/null && kill -9 "$p"   # heat-all sometimes ignores TERM
    fi
    rm -f "$f"
  done
}

case "${1:-start}" in
  install) install ;;
  start)
    install
    start_keystone
    start_heat
    register compute nova "http://127.0.0.1:$STUB_PORT/compute/v2.1"
    register image glance "http://127.0.0.1:$STUB_PORT/image"
    echo "openstack up: keystone http://127.0.0.1:$KS_PORT/v3 (admin/secret), heat :$HEAT_PORT, stubs expected on :$STUB_PORT"
    ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
