#!/bin/sh
cd /work/main/eval/drafts/issues-7 && python3 norm.py "$@"
