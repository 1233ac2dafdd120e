#!/usr/bin/env python3
"""Pre-freeze patch: make_draft.py's first run failed its multi-context assert (40 > 38).
Drop the second context message from items 28, 39, 55, 64 (user remarks, q texts unchanged)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
p = os.path.join(HERE, "make_draft.py")
s = open(p, encoding="utf-8").read()
R = [
 ('on an old windows server box",\n   "the box is dying"],', 'on an old windows server box, and the box is dying"],'),
 ('runs the same on dev laptops, CI and prod",\n   "currently it works on my machine is our motto"],',
  'runs the same on dev laptops, CI and prod"],'),
 ('that only runs in winter?",\n   "the rest of the year nobody touches it"],', 'that only runs in winter?"],'),
 ('why would I still use VMs in 2026?",\n   "feels like everything is containers now"],',
  'why would I still use VMs in 2026? feels like everything is containers now"],'),
]
for old, new in R:
    assert s.count(old) == 1, old[:50]
    s = s.replace(old, new)
open(p, "w", encoding="utf-8").write(s)
print("patched", len(R))
