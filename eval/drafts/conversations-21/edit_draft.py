p = "/work/main/eval/drafts/conversations-21/make_draft.py"
s = open(p, encoding="utf-8").read()
R = [
 ('(["what\'s the main difference between a container and a VM?"]',
  '(["what\'s the main difference between a container and a VM?", "for a slide, not an essay"]'),
 ('(["why do containers start so much faster than VMs?"]',
  '(["why do containers start so much faster than VMs?", "asking because Tomasz keeps repeating it"]'),
 ('(["someone at the meetup said VMs are basically dead now that everyone has containers"]',
  '(["someone at the meetup said VMs are basically dead now that everyone has containers", "half the room nodded"]'),
 ('(["do VMs need more RAM than containers?"]', '(["do VMs need more RAM than containers?", "seems like it from our graphs"]'),
 ('(["we run OpenStack for the VMs and k8s on top, fwiw"]',
  '(["we run OpenStack for the VMs and k8s on top, fwiw", "inherited it from the last platform team"]'),
 ('(["are containers portable across clouds?"]', '(["are containers portable across clouds?", "we might leave our provider next year"]'),
 ('(["ok we\'re moving the whole nightly batch platform to containers next quarter"]',
  '(["ok we\'re moving the whole nightly batch platform to containers next quarter", "today it\'s 30 long-lived VMs"]'),
 ('(["container or VM for the satellite ground station telemetry decoder?"]',
  '(["container or VM for the satellite ground station telemetry decoder?", "asking for the antenna team"]'),
 ('(["that\'s backwards imo, containers are the heavy ones with all those image layers"]',
  '(["that\'s backwards imo, containers are the heavy ones with all those image layers", "our registry is 2 TB"]'),
 ('(["my uncle says containers are just chroot with marketing"]',
  '(["my uncle says containers are just chroot with marketing", "he ran Solaris zones in 2005"]'),
 ('(["sorry for my english, the container can run a different linux than host?"]',
  '(["sorry for my english, the container can run a different linux than host?", "host is ubuntu, i want alpine inside"]'),
 ('(["tl;dr containers vs VMs for a non-tech manager"]',
  '(["tl;dr containers vs VMs for a non-tech manager", "she has 5 minutes between meetings"]'),
 ('(["our mainframe team says LPARs are basically VMs"]',
  '(["our mainframe team says LPARs are basically VMs", "not relevant, just funny"]'),
 ('(["great, so everything is a tradeoff. shocking."]',
  '(["containers vs VMs, which is better?", "great, so everything is a tradeoff. shocking."]'),
 ('(["container or VM for the municipal water sensor dashboard?"]',
  '(["container or VM for the municipal water sensor dashboard?", "it just shows readings from 200 sensors"]'),
 ('"it\'s first-year students, they will try to break it"]',
  '"it\'s first-year students, they will try to break it", "last year someone ran a crypto miner on the lab server"]'),
 ('(["container or VM for the newsroom CMS?", "election night is the one night a year it matters"]',
  '(["container or VM for the newsroom CMS?", "election night is the one night a year it matters", "last time the old VMs fell over at 9pm"]'),
 ('"the scans are passports and utility bills"]',
  '"the scans are passports and utility bills", "right now it all runs on one shared server"]'),
]
for old, new in R:
    assert s.count(old) == 1, old
    s = s.replace(old, new)
open(p, "w", encoding="utf-8").write(s)
print("edited", len(R))
