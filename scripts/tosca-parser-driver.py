"""OpenStack tosca-parser over many files in one process: the peer of `bin/chainline-tosca validate f1 ... fN`.

Run by scripts/compare-tosca-parser.sh with PYTHONPATH set to a patched copy of Debian's python3-tosca-parser 2.6.0
(its type files put in place; see the script). Prints "accepted PATH" or "rejected PATH ERROR" per file.
"""
import os
import sys
import urllib.error  # noqa: F401  Debian's 2.6.0 uses urllib.error without importing it (AttributeError otherwise)

import yaml
from toscaparser.tosca_template import ToscaTemplate

# Tacker's legacy VNFDs use Tacker's own types, which Tacker adds to a VNFD's imports before it hands the template
# to tosca-parser (tacker/tosca/utils.py, updateimports): the driver does the same for those files, as Tacker does.
TACKER_DEFS = os.environ.get("TACKER_DEFS", "")


def load(path):
    if TACKER_DEFS and "tacker-legacy" in path and path.endswith((".yaml", ".yml")):
        with open(path) as f:
            tpl = yaml.safe_load(f)
        if "tosca.nodes.nfv" in str(tpl.get("topology_template", {})):
            tpl["imports"] = list(tpl.get("imports") or []) + [
                os.path.join(TACKER_DEFS, "tacker_defs.yaml"),
                os.path.join(TACKER_DEFS, "tacker_nfv_defs.yaml")]
            return ToscaTemplate(a_file=False, yaml_dict_tpl=tpl)
    return ToscaTemplate(path)


accepted = 0
for path in sys.argv[1:]:
    try:
        load(path)
        accepted += 1
        print("accepted", path)
    except BaseException as e:  # tosca-parser raises many kinds; a refusal is a result here, not a failure
        print("rejected", path, type(e).__name__, (str(e).splitlines() or [""])[0][:200])
print("%d of %d accepted" % (accepted, len(sys.argv) - 1), file=sys.stderr)
