#!/usr/bin/env bash
# The real-code corpus (see run.js): installs the pinned packages with npm ci (cached in
# .npm-cache, so reruns do not download), builds eventide and compares every program with node.
# Arguments go to run.js (--all, --only NAME, --jobs N).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --cache .npm-cache --prefer-offline --no-audit --no-fund --loglevel=error
dotnet build ../../src/Eventide.Cli -c Release --nologo -v q
node run.js "$@"
