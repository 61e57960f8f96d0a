#!/usr/bin/env bash
# Onboards VNF packages and an NSD, creates an NS instance and instantiates it, following the operation to its end,
# with ETSI SOL005 calls only (vnfpkgm, nsd, nslcm). Needs curl and jq.
#
#   CHAINLINE_URL=https://chainline.example.net CHAINLINE_TOKEN=chl_… \
#     sol005-instantiate.sh NS_NAME NSD_FILE PARAMS_JSON VNF_PACKAGE.csar [VNF_PACKAGE.csar …]
#
# NSD_FILE is SOL001 YAML (or a .csar); PARAMS_JSON is additionalParamsForNs, e.g. '{"targets":["lab-docker"]}'.
# Exits 0 when the instantiation is COMPLETED, 1 when it ends otherwise (the operation's error is printed), 2 on a
# refused request (its problem details are printed).
set -euo pipefail

: "${CHAINLINE_URL:?set CHAINLINE_URL to the console, e.g. https://chainline.example.net}"
: "${CHAINLINE_TOKEN:?set CHAINLINE_TOKEN to an API token (console: API tokens)}"
[ $# -ge 4 ] || { sed -n 5,6p "$0" >&2; exit 2; }
NS_NAME=$1 NSD_FILE=$2 PARAMS=$3
shift 3
TIMEOUT=${CHAINLINE_TIMEOUT:-600}
API="$CHAINLINE_URL/api"

# call METHOD PATH [curl args…]: prints the body; a 4xx/5xx prints the problem and exits 2
call() {
  local method=$1 path=$2 out status
  shift 2
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $CHAINLINE_TOKEN" \
    -D "$out.headers" "$@" "$API$path")
  if [ "$status" -ge 400 ]; then
    echo "$method $path → $status" >&2
    jq . "$out" >&2 2>/dev/null || cat "$out" >&2
    exit 2
  fi
  cat "$out"
  LAST_HEADERS=$(cat "$out.headers")
  rm -f "$out" "$out.headers"
}

# await PATH JQ_STATE DONE: polls until the state is DONE or ERROR/FAILED…; prints the final resource
await() {
  local path=$1 field=$2 done=$3 deadline=$((SECONDS + TIMEOUT)) body state
  while :; do
    body=$(call GET "$path")
    state=$(jq -r "$field" <<<"$body")
    case "$state" in
      "$done") echo "$body"; return 0 ;;
      ERROR|FAILED|FAILED_TEMP|ROLLED_BACK) echo "$body"; return 1 ;;
    esac
    [ $SECONDS -lt $deadline ] || { echo "timed out in state $state" >&2; echo "$body"; return 1; }
    sleep 1
  done
}

content_type() { case "$1" in *.csar|*.zip) echo application/zip ;; *) echo text/plain ;; esac; }

for csar in "$@"; do
  pkg=$(call POST /vnfpkgm/v2/vnf_packages -H 'Content-Type: application/json' \
        -d "{\"userDefinedData\":{\"file\":\"$(basename "$csar")\"}}" | jq -r .id)
  call PUT "/vnfpkgm/v2/vnf_packages/$pkg/package_content" -H 'Content-Type: application/zip' \
       --data-binary "@$csar" > /dev/null
  if ! info=$(await "/vnfpkgm/v2/vnf_packages/$pkg" .onboardingState ONBOARDED); then
    echo "$(basename "$csar") was not onboarded:" >&2; jq .onboardingFailureDetails <<<"$info" >&2; exit 1
  fi
  echo "VNF package $pkg onboarded: $(jq -r '.vnfProductName + " " + .vnfdVersion + " (VNFD " + .vnfdId + ")"' <<<"$info")"
done

nsd=$(call POST /nsd/v2/ns_descriptors -H 'Content-Type: application/json' -d '{}' | jq -r .id)
call PUT "/nsd/v2/ns_descriptors/$nsd/nsd_content" -H "Content-Type: $(content_type "$NSD_FILE")" \
     --data-binary "@$NSD_FILE" > /dev/null
if ! info=$(await "/nsd/v2/ns_descriptors/$nsd" .nsdOnboardingState ONBOARDED); then
  echo "$(basename "$NSD_FILE") was not onboarded:" >&2; jq .onboardingFailureDetails <<<"$info" >&2; exit 1
fi
NSD_ID=$(jq -r .nsdId <<<"$info")
echo "NSD $nsd onboarded: $(jq -r '.nsdName + " " + .nsdVersion' <<<"$info") (nsdId $NSD_ID)"

ns=$(call POST /nslcm/v2/ns_instances -H 'Content-Type: application/json' \
     -d "{\"nsdId\":\"$NSD_ID\",\"nsName\":\"$NS_NAME\",\"nsDescription\":\"by $(basename "$0")\"}" | jq -r .id)
echo "NS instance $ns created"
call POST "/nslcm/v2/ns_instances/$ns/instantiate" -H 'Content-Type: application/json' \
     -d "{\"nsFlavourId\":\"default\",\"additionalParamsForNs\":$PARAMS}" > /dev/null
occ=$(grep -i '^location:' <<<"$LAST_HEADERS" | tr -d '\r' | sed 's#.*/ns_lcm_op_occs/##')
echo "instantiating: operation $occ"
if ! result=$(await "/nslcm/v2/ns_lcm_op_occs/$occ" .operationState COMPLETED); then
  echo "instantiation ended $(jq -r .operationState <<<"$result"):" >&2; jq .error <<<"$result" >&2; exit 1
fi
echo "COMPLETED: $(call GET "/nslcm/v2/ns_instances/$ns" | jq -c '{nsState, vnfInstance: [.vnfInstance[] | .id]}')"
