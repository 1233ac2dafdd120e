#!/bin/sh
# usage: chk.sh repo num...
repo=$1; shift
for n in "$@"; do
  if grep -qE "/$repo/(issues|pull)/$n$" /work/notes/used-issue-urls-r19.txt; then echo "USED $n"; else echo "ok $n"; fi
done
