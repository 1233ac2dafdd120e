import re,sys
ex=set(open('excluded_keys.txt').read().split())
def key(u):
    m=re.search(r'github\.com/([^/]+)/([^/]+)/(?:issues|pull)/(\d+)',u)
    o,r,n=m.groups()
    if o.lower()=='podman-container-tools': o='containers'
    return f"{o.lower()}/{r.lower()}#{n}"
for u in sys.argv[1:]:
    print(u, 'EXCLUDED' if key(u) in ex else 'ok')
