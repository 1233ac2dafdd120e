#!/usr/bin/env python3
"""Pre-freeze, pre-article patch: add a second context message to 9 single-context items (q unchanged)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
p = os.path.join(HERE, "make_draft.py")
s = open(p).read()
R = [
 ('(["what\'s the actual difference between a container and a VM?"],',
  '(["what\'s the actual difference between a container and a VM?",\n   "A container shares the host kernel and packages just the app; a VM runs a whole guest OS on virtual hardware."],'),
 ('(["Our fish auction runs a live bidding app, traders hammer it at 4am, big spikes for 20 minutes then nothing."],',
  '(["Our fish auction runs a live bidding app, traders hammer it at 4am, big spikes for 20 minutes then nothing.",\n   "right now it sits on one big VM that is idle most of the day"],'),
 ('(["We\'re building a kiosk backend for a golf driving range ball dispenser. Tiny API, maybe 3 endpoints."],',
  '(["We\'re building a kiosk backend for a golf driving range ball dispenser. Tiny API, maybe 3 endpoints.",\n   "Either would work for something that small."],'),
 ('(["go-kart track, our lap timing system talks to a custom kernel module for the transponder loop card"],',
  '(["go-kart track, our lap timing system talks to a custom kernel module for the transponder loop card",\n   "the rest of the site (results page, bookings) is normal web stuff"],'),
 ('(["minigolf course, we want a scorecard web app people open on their phones"],',
  '(["minigolf course, we want a scorecard web app people open on their phones",\n   "budget is tight, it is a family business"],'),
 ('(["veg box scheme, we have a delivery route planner that eats CPU every Sunday night for an hour"],',
  '(["veg box scheme, we have a delivery route planner that eats CPU every Sunday night for an hour",\n   "Containers are lightweight, but heavy jobs may need dedicated resources."],'),
 ('(["cobbler chain, ticketing app for shoe repairs across 6 shops"],',
  '(["cobbler chain, ticketing app for shoe repairs across 6 shops",\n   "each shop has its own little server in the back right now"],'),
 ('(["gelato chain loyalty app, 14 shops"],',
  '(["gelato chain loyalty app, 14 shops",\n   "we push a new version about once a week"],'),
 ('(["pub quiz league scores site gets hammered every tuesday night 9-11pm"],',
  '(["pub quiz league scores site gets hammered every tuesday night 9-11pm",\n   "Containers can be started quickly to add capacity when load rises."],'),
]
for old, new in R:
    assert s.count(old) == 1, old
    s = s.replace(old, new)
open(p, "w").write(s)
print("patched", len(R))
