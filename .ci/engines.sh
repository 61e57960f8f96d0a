#!/usr/bin/env bash
# Real container engines for the Docker connector's contract tests (no mocks, ../shared/recipes/targets.md):
#   podman's Docker-compatible API  unix:///tmp/chainline-engines/podman.sock   image localhost/chainline-nf:test
#   Debian's dockerd, as a one-node Swarm manager  unix:///tmp/chainline-engines/docker.sock   image chainline/nf:test
# The image is busybox whose command sleeps, standing in for a network function that runs until stopped.
# Images come from Debian's static busybox through 'podman import' / 'docker import': no registry is reachable.
# What the tests need is written to /tmp/chainline-engines/engines.env.
# Usage: .ci/engines.sh install|start|stop     (start is idempotent; logs under /tmp/chainline-engines)
set -euo pipefail
T=/tmp/chainline-engines
mkdir -p "$T"
waitfor() { for _ in $(seq 1 600); do "$@" > /dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }

install() {
  local need=()
  for p in podman runc conmon netavark aardvark-dns containernetworking-plugins uidmap iptables iproute2 busybox-static \
           docker.io curl; do
    dpkg -s "$p" > /dev/null 2>&1 || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # docker.io's policy-rc.d keeps it from starting a system daemon; this script starts its own
    apt-get install -y -qq --no-install-recommends "${need[@]}" > "$T/apt.log" 2>&1
  fi
}

rootfs() {
  [ -f "$T/busybox-rootfs.tar" ] && return
  local r="$T/rootfs"; rm -rf "$r"; mkdir -p "$r"/{bin,sbin,etc,tmp,proc,sys,dev,root}
  cp /bin/busybox "$r/bin/busybox"
  for a in $("$r/bin/busybox" --list); do [ "$a" = busybox ] || ln -sf busybox "$r/bin/$a"; done
  echo 'root:x:0:0:root:/root:/bin/sh' > "$r/etc/passwd"; echo 'root:x:0:' > "$r/etc/group"
  tar -C "$r" -cf "$T/busybox-rootfs.tar" .
}

podman_env() {
  mkdir -p "$T/pm/root" "$T/pm/run" "$T/pm/tmp"
  cat > "$T/pm/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
netns = "host"
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$T/pm/events.log"
runtime = "runc"
tmp_dir = "$T/pm/tmp"
[network]
network_backend = "netavark"
CONF
  cat > "$T/pm/storage.conf" <<CONF
[storage]
driver = "vfs"
graphroot = "$T/pm/root"
runroot = "$T/pm/run"
CONF
  # the local test registry (.ci/test-services.sh) speaks plain HTTP on loopback
  printf 'unqualified-search-registries = []\n[[registry]]\nlocation = "docker.io"\nblocked = true\n%s\n' \
    '[[registry]]
location = "127.0.0.1:5000"
insecure = true' > "$T/pm/registries.conf"
  export CONTAINERS_CONF="$T/pm/containers.conf" CONTAINERS_STORAGE_CONF="$T/pm/storage.conf" \
         CONTAINERS_REGISTRIES_CONF="$T/pm/registries.conf"
}

start_podman() {
  podman_env
  rootfs
  podman image exists localhost/chainline-nf:test ||
    podman import --change 'CMD ["/bin/sleep","86400"]' "$T/busybox-rootfs.tar" localhost/chainline-nf:test > /dev/null
  if curl -sf --unix-socket "$T/podman.sock" http://d/_ping > /dev/null 2>&1; then return; fi
  rm -f "$T/podman.sock"
  nohup podman system service --time=0 "unix://$T/podman.sock" > "$T/podman.log" 2>&1 &
  echo $! > "$T/podman.pid"
  waitfor curl -sf --unix-socket "$T/podman.sock" http://d/_ping
}

start_dockerd() {
  export DOCKER_HOST="unix://$T/docker.sock"
  if ! curl -sf --unix-socket "$T/docker.sock" http://d/_ping > /dev/null 2>&1; then
    mkdir -p "$T/dk/data" "$T/dk/exec"
    nohup dockerd --host "unix://$T/docker.sock" --data-root "$T/dk/data" --exec-root "$T/dk/exec" \
      --pidfile "$T/dk/dockerd.pid" > "$T/dockerd.log" 2>&1 &
    echo $! > "$T/dockerd.pid"
    waitfor curl -sf --unix-socket "$T/docker.sock" http://d/_ping
  fi
  # dockerd turned on br_netfilter with FORWARD policy DROP at its start, so the host's iptables also filter (and
  # netavark's rules masquerade) the frames podman's bridges carry between containers: a service chain's routed
  # traffic dies on its links. A host running only one engine does not do that; this one runs two, so bridged frames
  # are left to the bridges, as there (docs/connectors.md, "Host requirements for chains"): net.bridge.bridge-nf-call-ip*tables=0.
  # Without br_netfilter loaded there is nothing to switch off.
  if [ -e /proc/sys/net/bridge/bridge-nf-call-iptables ]; then
    { echo 0 > /proc/sys/net/bridge/bridge-nf-call-iptables && echo 0 > /proc/sys/net/bridge/bridge-nf-call-ip6tables; } ||
      echo "engines: /proc/sys/net/bridge is read-only here; chains on podman will carry no traffic" >&2
  fi
  rootfs
  docker image inspect chainline/nf:test > /dev/null 2>&1 ||
    docker import -c 'CMD ["/bin/sleep","86400"]' "$T/busybox-rootfs.tar" chainline/nf:test > /dev/null
  [ "$(docker info --format '{{.Swarm.LocalNodeState}}')" = active ] ||
    docker swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2377 > /dev/null
}

case "${1:-start}" in
  install) install ;;
  start)
    install
    start_podman
    start_dockerd
    cat > "$T/engines.env" <<ENV
PODMAN_HOST=unix://$T/podman.sock
PODMAN_IMAGE=localhost/chainline-nf:test
SWARM_HOST=unix://$T/docker.sock
SWARM_IMAGE=chainline/nf:test
ENV
    echo "engines up: podman API unix://$T/podman.sock, dockerd (Swarm manager) unix://$T/docker.sock"
    ;;
  stop)
    [ -f "$T/podman.pid" ] && kill "$(cat "$T/podman.pid")" 2> /dev/null || true
    if [ -f "$T/dockerd.pid" ]; then
      DOCKER_HOST="unix://$T/docker.sock" docker swarm leave --force > /dev/null 2>&1 || true
      kill "$(cat "$T/dockerd.pid")" 2> /dev/null || true
    fi
    rm -f "$T/engines.env"
    ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
