import sys
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx
rule = sys.argv[1]
for line in sys.stdin.read().split("\n===\n"):
    if not line.strip(): continue
    reply = line.startswith("R:")
    body = line[2:] if reply else line
    h = hits(rule, make_ctx(body.replace("OID", OID), reply=reply))
    print("FIRE " if h else "---- ", body.strip().replace("\n"," | ")[:110], "=>", h[0].evidence[:60] if h else "")
