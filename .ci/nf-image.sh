#!/usr/bin/env bash
# A network-function stand-in image for deployment tests, pushed to the anonymous local registry (127.0.0.1:5000):
#   127.0.0.1:5000/nfv/echo:1.0   OCI index, linux/amd64 + linux/arm64 (the arm64 entry reuses the x86-64 binaries;
#                                 only its config says arm64, as in .ci/local-registry.sh)
# It answers HTTP on $PORT (default 8080) with "chainline-nf <NF_NAME> <hostname>": a container that runs and answers.
# Given a chain context (docs/chain-context.md) it forwards: routes per forwarding path, the classifier's policy
# rules, and per-interface packet counters at GET /counters (scripts in .ci/nf-image/).
# Built with podman from Debian's static busybox plus Debian's iproute2 `ip` with its shared libraries and loader
# under /usr/local/iproute2 (busybox's own `ip` cannot match protocols or ports in rules); no registry outside is
# reachable. Needs .ci/test-services.sh and .ci/engines.sh started first. Writes /tmp/chainline-engines/nf-image.env
# (NF_IMAGE, NF_DIGEST).
# Usage: .ci/nf-image.sh [reference]   (default 127.0.0.1:5000/nfv/echo:1.0; another tag, e.g. :dev, to try a change
#                                       without touching the image other tests use: then nf-image.env is left alone)
set -euo pipefail
T=/tmp/chainline-engines
HERE=$(cd "$(dirname "$0")" && pwd)
export CONTAINERS_CONF="$T/pm/containers.conf" CONTAINERS_STORAGE_CONF="$T/pm/storage.conf" \
       CONTAINERS_REGISTRIES_CONF="$T/pm/registries.conf"
REF=${1:-127.0.0.1:5000/nfv/echo:1.0}
REPO=${REF#*/}; REPO=${REPO%:*}; TAG=${REF##*:}
IPBIN=$(command -v ip || echo /usr/sbin/ip)
[ -x "$IPBIN" ] && ldd "$IPBIN" > /dev/null || { echo "nf image: iproute2's ip is missing (apt-get install iproute2)" >&2; exit 1; }

# busybox's rootfs (.ci/engines.sh) plus iproute2 and the entrypoint scripts, in one layer
stage() {
  local s="$T/nf-image-stage" lib
  rm -rf "$s"; mkdir -p "$s/usr/local/iproute2/lib" "$s/usr/local/chainline" "$s/etc/chainline"
  cp "$IPBIN" "$s/usr/local/iproute2/ip.bin"
  for lib in $(ldd "$IPBIN" | awk '/=>/ { print $3 } !/=>/ && $1 ~ /^\// { print $1 }'); do
    cp -L "$lib" "$s/usr/local/iproute2/lib/"
  done
  # the loader runs the dynamic binary: nothing of it lands on a path busybox uses
  printf '#!/bin/sh\nexec /usr/local/iproute2/lib/%s --library-path /usr/local/iproute2/lib /usr/local/iproute2/ip.bin "$@"\n' \
    "$(basename "$(ldd "$IPBIN" | awk '!/=>/ && $1 ~ /^\// { print $1 }')")" > "$s/usr/local/iproute2/ip"
  cp "$HERE/nf-image/nf-start.sh" "$HERE/nf-image/chain-setup.sh" "$HERE/nf-image/counters.sh" \
     "$HERE/nf-image/chain-context.awk" "$s/usr/local/chainline/"
  chmod 755 "$s/usr/local/iproute2/ip" "$s/usr/local/iproute2/ip.bin" "$s"/usr/local/chainline/*.sh
  cp "$T/busybox-rootfs.tar" "$T/nf-rootfs.tar"
  tar -C "$s" --owner=0 --group=0 -rf "$T/nf-rootfs.tar" ./usr ./etc/chainline
}

# the image is rebuilt when busybox, iproute2 or a script changes
sum=$(cat "$T/busybox-rootfs.tar" "$IPBIN" $(ldd "$IPBIN" | awk '/=>/ { print $3 }') "$HERE"/nf-image/* "$0" |
  sha256sum | cut -d' ' -f1)
built=0
for arch in amd64 arm64; do
  if [ "$(podman image inspect --format '{{index .Labels "rootfs.sha256"}}' "localhost/nfv/echo-$TAG:$arch" 2> /dev/null)" != "$sum" ]; then
    [ $built = 1 ] || { stage; built=1; }
    podman rmi -f "localhost/nfv/echo-$TAG:$arch" > /dev/null 2>&1 || true
    podman import -q --os linux --arch "$arch" --change 'CMD ["/usr/local/chainline/nf-start.sh"]' \
      --change 'ENV PATH=/bin' --change "LABEL rootfs.sha256=$sum" "$T/nf-rootfs.tar" "localhost/nfv/echo-$TAG:$arch" > /dev/null
  fi
done
podman manifest rm "localhost/nfv/echo-$TAG:list" > /dev/null 2>&1 || true
podman manifest create "localhost/nfv/echo-$TAG:list" > /dev/null
podman manifest add --os linux --arch amd64 "localhost/nfv/echo-$TAG:list" "containers-storage:localhost/nfv/echo-$TAG:amd64" > /dev/null
podman manifest add --os linux --arch arm64 --variant v8 "localhost/nfv/echo-$TAG:list" "containers-storage:localhost/nfv/echo-$TAG:arm64" > /dev/null
podman manifest push -q --all --format oci --tls-verify=false "localhost/nfv/echo-$TAG:list" "docker://$REF" > /dev/null
digest=$(curl -sfI -H 'Accept: application/vnd.oci.image.index.v1+json' "http://127.0.0.1:5000/v2/$REPO/manifests/$TAG" |
  tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
[ -n "$digest" ] || { echo "nf image: no digest from the registry" >&2; exit 1; }
[ -n "${1:-}" ] || printf 'NF_IMAGE=%s\nNF_DIGEST=%s\n' "$REF" "$digest" > "$T/nf-image.env"
echo "nf image: $REF $digest"
