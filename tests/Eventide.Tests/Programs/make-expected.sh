#!/usr/bin/env bash
# Regenerates NAME.expected from node for every NAME.js here (node is the oracle); NAME.stdin, when
# there is one, is the program's standard input. A first line `// node-flags: FLAGS ...` passes FLAGS
# to node (features this node has only behind a flag); the words after the flags are a comment.
cd "$(dirname "$0")"
for f in *.js; do
  flags=$(sed -n '1s#^// node-flags: \(\(--[^ ]* *\)*\).*#\1#p' "$f")
  # shellcheck disable=SC2086
  if [ -f "${f%.js}.stdin" ]; then node $flags "$f" < "${f%.js}.stdin" > "${f%.js}.expected"
  else node $flags "$f" > "${f%.js}.expected"; fi
done
