# Reads a chain context (docs/chain-context.md, version 1) and prints the iproute2 commands that put this NF on its
# forwarding paths. busybox awk; no JSON tool in the image. The reader flattens the document into
# doc["paths.0.next.address"] = "10.60.3.30" and len["paths"] = 2; whitespace and key order do not matter.
#
# Printed lines are shell commands for /bin/sh, prefixed by the caller's $IP (Debian's iproute2: busybox ip has no
# ipproto/dport selectors). Every value printed is checked against a strict pattern first: the document is data.

{ text = text $0 "\n" }

END {
  if (!parse(text)) { print "chain context: not valid JSON (" err ")" > "/dev/stderr"; exit 2 }
  if (doc["version"] + 0 != 1 || doc["version"] !~ /^[0-9.]+$/) { print "chain context: version " doc["version"] " is not 1" > "/dev/stderr"; exit 3 }
  plan()
}

# ---- the JSON reader -----------------------------------------------------------------------------------------------

function parse(s,    i, n, c, depth, kind, prefix, idx, key, wantKey, tok, path, j, e, h) {
  n = length(s); i = 1; depth = 0; wantKey = 0; err = ""
  while (i <= n) {
    c = substr(s, i, 1)
    if (c ~ /[ \t\r\n,:]/) {
      if (c == ",") { if (depth > 0 && kind[depth] == "o") wantKey = 1 }
      i++; continue
    }
    if (c == "{" || c == "[") {
      path = depth == 0 ? "" : childPath(kind[depth], prefix[depth], key, idx[depth])
      if (depth > 0 && kind[depth] == "a") idx[depth]++
      depth++; kind[depth] = (c == "{") ? "o" : "a"; prefix[depth] = path; idx[depth] = 0
      wantKey = (c == "{"); i++; continue
    }
    if (c == "}" || c == "]") {
      if (depth == 0) { err = "unbalanced " c; return 0 }
      if (kind[depth] == "a") len[prefix[depth]] = idx[depth]
      depth--; wantKey = 0; i++; continue
    }
    if (c == "\"") {
      tok = ""; i++
      while (i <= n) {
        c = substr(s, i, 1)
        if (c == "\"") break
        if (c == "\\") {
          i++; e = substr(s, i, 1)
          if (e == "n") tok = tok "\n"; else if (e == "t") tok = tok "\t"
          else if (e == "u") { tok = tok "?"; i += 4 } else tok = tok e
        } else tok = tok c
        i++
      }
      if (i > n) { err = "unterminated string"; return 0 }
      i++
    } else {
      j = i
      while (i <= n && substr(s, i, 1) !~ /[]} \t\r\n,:]/) i++
      tok = substr(s, j, i - j)
      if (tok !~ /^(-?[0-9][0-9.eE+-]*|true|false|null)$/) { err = "unexpected '" tok "'"; return 0 }
    }
    if (depth == 0) { err = "a value outside the document"; return 0 }
    if (kind[depth] == "o" && wantKey) { key = tok; wantKey = 0; continue }
    path = childPath(kind[depth], prefix[depth], key, idx[depth])
    if (kind[depth] == "a") idx[depth]++
    doc[path] = tok
  }
  if (depth != 0) { err = "unbalanced document"; return 0 }
  return 1
}

function childPath(k, p, key, i) {
  if (k == "a") return p == "" ? i : p "." i
  return p == "" ? key : p "." key
}

# ---- what the NF does with it --------------------------------------------------------------------------------------

function safe(v, what) {
  if (v ~ /^[0-9A-Za-z.:\/_-]+$/) return 1
  print "chain context: ignoring " what " '" v "'" > "/dev/stderr"
  return 0
}

function protocolNumber(p) {
  if (p == "tcp") return 6
  if (p == "udp") return 17
  if (p == "icmp") return 1
  return p ~ /^[0-9]+$/ ? p : ""
}

# Main-table routes: where two paths this NF is on route one subnet differently, the shorter path wins (on the
# classifier the path without match carries the unmatched traffic, and its return traffic should not cross the NFs
# of a longer path). Paths with a match get a policy rule and a table of their own.
function want(cidr, via, length_) {
  if (!safe(cidr, "subnet") || !safe(via, "address")) return
  if (!(cidr in routeVia) || length_ < routeLen[cidr]) { routeVia[cidr] = via; routeLen[cidr] = length_ }
}

function plan(    i, p, n, l, eg, ing, next_, prev, table, sel, cidr, proto) {
  n = len["interfaces"] + 0
  for (i = 0; i < n; i++) if (safe(doc["interfaces." i ".address"], "address")) print "WAIT " doc["interfaces." i ".address"]
  n = len["paths"] + 0
  for (i = 0; i < n; i++) {
    p = "paths." i "."
    l = doc[p "length"] + 0
    eg = doc[p "egress.cidr"]; ing = doc[p "ingress.cidr"]
    next_ = doc[p "next.address"]; prev = doc[p "previous.address"]
    if (prev != "" && ing != "") want(ing, prev, l)
    if (next_ == "" || eg == "") continue
    if (!((p "match.protocol") in doc || (p "match.source") in doc || (p "match.destination") in doc \
          || (p "match.sourcePorts") in doc || (p "match.destinationPorts") in doc)) { want(eg, next_, l); continue }
    if (!safe(eg, "subnet") || !safe(next_, "address")) continue
    table = 100 + i
    print "ROUTE " eg " via " next_ " table " table
    sel = ""
    if ((p "match.protocol") in doc) {
      proto = protocolNumber(doc[p "match.protocol"])
      if (proto == "") { print "chain context: unknown protocol " doc[p "match.protocol"] > "/dev/stderr"; continue }
      sel = sel " ipproto " proto
    }
    if ((p "match.sourcePorts") in doc && safe(doc[p "match.sourcePorts"], "port")) sel = sel " sport " doc[p "match.sourcePorts"]
    if ((p "match.destinationPorts") in doc && safe(doc[p "match.destinationPorts"], "port")) sel = sel " dport " doc[p "match.destinationPorts"]
    if ((p "match.source") in doc && safe(doc[p "match.source"], "prefix")) sel = sel " from " doc[p "match.source"]
    if ((p "match.destination") in doc && safe(doc[p "match.destination"], "prefix")) sel = sel " to " doc[p "match.destination"]
    else sel = sel " to " eg
    print "RULE priority " (1000 + i) sel " table " table
  }
  for (cidr in routeVia) print "ROUTE " cidr " via " routeVia[cidr]
}
