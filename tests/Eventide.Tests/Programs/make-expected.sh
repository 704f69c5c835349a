#!/usr/bin/env bash
# Regenerates NAME.expected from node for every NAME.js here (node is the oracle); NAME.stdin, when
# there is one, is the program's standard input.
cd "$(dirname "$0")"
for f in *.js; do
  if [ -f "${f%.js}.stdin" ]; then node "$f" < "${f%.js}.stdin" > "${f%.js}.expected"
  else node "$f" > "${f%.js}.expected"; fi
done
