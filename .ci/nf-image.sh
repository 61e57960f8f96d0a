#!/usr/bin/env bash
# A network-function stand-in image for deployment tests, pushed to the anonymous local registry (127.0.0.1:5000):
#   127.0.0.1:5000/nfv/echo:1.0   OCI index, linux/amd64 + linux/arm64 (the arm64 entry reuses the x86-64 busybox;
#                                 only its config says arm64, as in .ci/local-registry.sh)
# It answers HTTP on $PORT (default 8080) with "chainline-nf <NF_NAME> <hostname>": a container that runs and answers.
# Built with podman from Debian's static busybox (no registry outside is reachable). Needs .ci/test-services.sh and
# .ci/engines.sh started first. Writes /tmp/chainline-engines/nf-image.env (NF_IMAGE, NF_DIGEST).
# Usage: .ci/nf-image.sh
set -euo pipefail
T=/tmp/chainline-engines
export CONTAINERS_CONF="$T/pm/containers.conf" CONTAINERS_STORAGE_CONF="$T/pm/storage.conf" \
       CONTAINERS_REGISTRIES_CONF="$T/pm/registries.conf"
REF=127.0.0.1:5000/nfv/echo:1.0
sum=$(sha256sum "$T/busybox-rootfs.tar" | cut -d' ' -f1)
cmd='mkdir -p /www && echo "chainline-nf ${NF_NAME:-nf} $(hostname)" > /www/index.html && exec httpd -f -p ${PORT:-8080} -h /www'
for arch in amd64 arm64; do
  if [ "$(podman image inspect --format '{{index .Labels "rootfs.sha256"}}' "localhost/nfv/echo:$arch" 2> /dev/null)" != "$sum" ]; then
    podman rmi -f "localhost/nfv/echo:$arch" > /dev/null 2>&1 || true
    podman import -q --os linux --arch "$arch" --change "CMD [\"/bin/sh\",\"-c\",\"${cmd//\"/\\\"}\"]" \
      --change 'ENV PATH=/bin' --change "LABEL rootfs.sha256=$sum" "$T/busybox-rootfs.tar" "localhost/nfv/echo:$arch" > /dev/null
  fi
done
podman manifest rm localhost/nfv/echo:list > /dev/null 2>&1 || true
podman manifest create localhost/nfv/echo:list > /dev/null
podman manifest add --os linux --arch amd64 localhost/nfv/echo:list containers-storage:localhost/nfv/echo:amd64 > /dev/null
podman manifest add --os linux --arch arm64 --variant v8 localhost/nfv/echo:list containers-storage:localhost/nfv/echo:arm64 > /dev/null
podman manifest push -q --all --format oci --tls-verify=false localhost/nfv/echo:list "docker://$REF" > /dev/null
digest=$(curl -sfI -H 'Accept: application/vnd.oci.image.index.v1+json' "http://127.0.0.1:5000/v2/nfv/echo/manifests/1.0" |
  tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
[ -n "$digest" ] || { echo "nf image: no digest from the registry" >&2; exit 1; }
printf 'NF_IMAGE=%s\nNF_DIGEST=%s\n' "$REF" "$digest" > "$T/nf-image.env"
echo "nf image: $REF $digest"
