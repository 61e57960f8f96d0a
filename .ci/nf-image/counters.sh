#!/bin/sh
# Rewrites $1/counters every second with the packet and byte counters of every interface but loopback, as JSON:
# {"eth0": {"rx": 12, "tx": 10, "rxBytes": 1200, "txBytes": 900}, ...}. httpd serves it at GET /counters.
dir=$1
while :; do
  {
    printf '{'
    sep=''
    for d in /sys/class/net/*; do
      n=${d##*/}
      [ "$n" = lo ] && continue
      s=$d/statistics
      printf '%s"%s": {"rx": %s, "tx": %s, "rxBytes": %s, "txBytes": %s}' "$sep" "$n" \
        "$(cat "$s/rx_packets")" "$(cat "$s/tx_packets")" "$(cat "$s/rx_bytes")" "$(cat "$s/tx_bytes")"
      sep=', '
    done
    echo '}'
  } > "$dir/.counters.tmp" && mv "$dir/.counters.tmp" "$dir/counters"
  sleep 1
done
