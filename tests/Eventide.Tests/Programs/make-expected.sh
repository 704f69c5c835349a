#!/usr/bin/env bash
# Regenerates NAME.expected from node for every NAME.js here (node is the oracle).
cd "$(dirname "$0")"
for f in *.js; do node "$f" > "${f%.js}.expected"; done
