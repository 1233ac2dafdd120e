import re,sys
def norm(u):
    m=re.search(r'github\.com/([^/]+)/([^/]+)/(?:issues|pull)/(\d+)',u)
    if not m: return None
    o,r,n=m.groups(); key=f"{o}/{r}".lower()
    if key in ("podman-container-tools/podman","containers/podman"): key="podman"
    return f"{key}#{n}"
used=set(norm(l.strip()) for l in open('/work/notes/used-issue-urls-r22.txt') if l.strip())
if __name__=="__main__":
    for u in sys.argv[1:]:
        print(norm(u), "USED" if norm(u) in used else "ok")
