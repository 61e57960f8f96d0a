#!/bin/sh
# Puts this NF on its forwarding paths from its chain context ($1): waits for the interfaces the context names (the
# engine may attach networks just after start), then sets the routes and the classifier's policy rules that
# chain-context.awk plans. Logs to stderr (the container log); a failure leaves the NF answering HTTP.
HERE=/usr/local/chainline
IP=/usr/local/iproute2/ip
plan=$(awk -f "$HERE/chain-context.awk" "$1") || { echo "chain context: $1 not applied" >&2; exit 1; }
{ echo 1 > /proc/sys/net/ipv4/ip_forward; } 2> /dev/null  # read-only where the engine set it already
for a in $(echo "$plan" | awk '$1 == "WAIT" { print $2 }'); do
  i=0
  until $IP -o -4 addr show | grep -qF " inet $a/"; do
    i=$((i + 1)); [ $i -le 300 ] || { echo "chain context: no interface has $a after 30 s" >&2; break; }
    sleep 0.1
  done
done

echo "$plan" | awk '$1 != "WAIT"' | while read -r verb args; do
  case $verb in
    ROUTE) cmd="route replace $args" ;;
    RULE)
      # a restarted NF may keep its namespace: one rule per priority
      $IP rule del priority "$(echo "$args" | awk '{ print $2 }')" 2> /dev/null
      cmd="rule add $args" ;;
    *) continue ;;
  esac
  # shellcheck disable=SC2086 # the plan's words are checked by chain-context.awk
  if $IP $cmd; then echo "chain context: ip $cmd" >&2; else echo "chain context: FAILED ip $cmd" >&2; fi
done
echo "chain context: applied $1" >&2
