#!/bin/bash
# usage: chk.sh URL [URL...] -> USED / INPOOL / NEW per URL
# key = owner/repo#N ; containers/podman == podman-container-tools/podman ; issues and pulls share one namespace
D=$(cd "$(dirname "$0")" && pwd)
python3 - "$D" "$@" <<'PY'
import re,sys,os
def key(u):
    u=u.strip().lower()
    m=re.match(r'^(?:https?://)?(?:www\.)?github\.com/([^/]+)/([^/]+)/(?:issues|pull|pulls)/(\d+)',u)
    if not m: return None
    o,r,n=m.groups()
    if (o,r)==('containers','podman'): o='podman-container-tools'
    return f'{o}/{r}#{n}'
ex={key(l) for l in open('/work/notes/used-issue-urls-r24.txt') if l.strip()}
pool=set()
p=os.path.join(sys.argv[1],'pool.tsv')
if os.path.exists(p):
    for l in open(p):
        f=l.rstrip('\n').split('\t')
        if len(f)>2: pool.add(key(f[2]))
for u in sys.argv[2:]:
    k=key(u)
    print(('BAD' if k is None else 'USED' if k in ex else 'INPOOL' if k in pool else 'NEW'),k or u)
PY
