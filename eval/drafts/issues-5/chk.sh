#!/bin/bash
# usage: chk.sh URL... ; prints USED or ok
for u in "$@"; do
  key=$(echo "$u" | sed -E 's#https://github.com/##; s#containers/podman#podman-container-tools/podman#; s#/(issues|pull)/#/#')
  if sed -E 's#https://github.com/##; s#containers/podman/#podman-container-tools/podman/#; s#/(issues|pull)/#/#' /work/notes/used-issue-urls-r20.txt | grep -qx "$key"; then echo "USED $u"; else echo "ok   $u"; fi
done
