#!/usr/bin/env bash
# Builds Eventide (Release, and Native AOT when the toolchain allows) and the Jint host, then
# runs every bench/programs/*.js on Eventide (both builds), Jint, node and node --jitless (V8's
# interpreter alone) and writes docs/performance.md.
#   bench/run.sh [RUNS]      (default 3 runs per program and engine; the median is reported)
#   BENCH_FILTER=regex bench/run.sh 1   only the programs whose name matches, into
#                                       artifacts/bench-subset.md (docs/performance.md is left alone)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
OUT=docs/performance.md
if [ -n "${BENCH_FILTER:-}" ]; then mkdir -p artifacts; OUT=artifacts/bench-subset.md; fi
dotnet build bench/JintHost -c Release --nologo -v q >/dev/null
# The library under the ordinary JIT (what embedders run) and, when it publishes, the AOT build:
# each one's time is reported as a ratio to Jint's, node's and node --jitless's. The JIT build is
# the tool package's linux-x64 content (framework-dependent, ReadyToRun, as the Eventide package's
# runtimes/linux-x64 copy of the library): start-up on precompiled code, then tiered JIT as usual.
dotnet publish src/Eventide.Cli -c Release -r linux-x64 -p:PublishAot=false -p:PublishReadyToRun=true --self-contained false -o artifacts/jit --nologo -v q >/dev/null
EVENTIDE_JIT="dotnet artifacts/jit/eventide.dll"
EVENTIDE="$EVENTIDE_JIT"
EVENTIDE_BUILDS=(--engine "Eventide JIT=$EVENTIDE_JIT" --subject "Eventide JIT")
if dotnet publish src/Eventide.Cli -c Release -r linux-x64 -o artifacts/aot --nologo -v q >/dev/null 2>&1 && [ -x artifacts/aot/eventide ]; then
  EVENTIDE="artifacts/aot/eventide"
  EVENTIDE_BUILDS=(--engine "Eventide AOT=$EVENTIDE" --subject "Eventide AOT" "${EVENTIDE_BUILDS[@]}")
fi
node bench/compare.mjs --runs "$RUNS" "${EVENTIDE_BUILDS[@]}" \
  --engine "Jint=dotnet bench/JintHost/bin/Release/net10.0/JintHost.dll" \
  --engine "node=node" \
  --engine "node --jitless=node --jitless" \
  --out "$OUT" bench/programs/*.js
# node's own APIs (Buffer, fs, stream): Eventide and node only, the Jint host has none of them.
# The fs and stream programs make their input files on a first, untimed run.
for p in bench/node-programs/fs-*.js bench/node-programs/stream-*.js; do
  if [ -z "${BENCH_FILTER:-}" ] || [[ "$(basename "$p" .js)" =~ $BENCH_FILTER ]]; then node "$p" >/dev/null; fi
done
{ echo; echo "## node APIs (Buffer, fs, stream)"; echo;
  node bench/compare.mjs --runs "$RUNS" "${EVENTIDE_BUILDS[@]}" --engine "node=node" --engine "node --jitless=node --jitless" bench/node-programs/*.js | sed -n '/^| program/,$p'; } >> "$OUT"
# The rest measures the whole suite: a filtered run stops here.
if [ -n "${BENCH_FILTER:-}" ]; then echo "wrote $OUT"; exit 0; fi
# HTTP under load: bench/http/server.js under each engine, driven by one node client with 50
# keep-alive connections (loopback only, a fixed number of requests).
{ echo; echo "## HTTP server under load"; echo;
  node bench/http/load.mjs --engine "Eventide=$EVENTIDE" --engine "node=node" --engine "node --jitless=node --jitless"; } >> "$OUT"
# Module loading: a generated graph of 1,000 small ES modules (bench/modules/generate.mjs) loaded,
# linked and evaluated from its entry; Eventide and node only (the Jint host runs scripts, not modules).
GRAPH=$(mktemp -d)
node bench/modules/generate.mjs "$GRAPH" 1000
{ echo; echo "## Module loading (1,000 ES modules)"; echo;
  node bench/compare.mjs --runs "$RUNS" --engine "Eventide=$EVENTIDE" --engine "node=node" "$GRAPH/module-graph.js" | sed -n '/^| program/,$p'; } >> "$OUT"
rm -rf "$GRAPH"
# The figures that are not program wall times: memory per suspended activation, engines per thread.
# Engine creation allocates (each engine builds its realm), so workstation GC's shared pauses cap
# the scaling; server GC (one heap per core) shows what the engine itself allows.
{ echo; dotnet run -c Release --project bench/Micro -- --report;
  DOTNET_gcServer=1 dotnet run -c Release --project bench/Micro -- --report-threads; } >> "$OUT"
# Where each target stands and what limits the rest (kept by hand next to the programs).
{ echo; cat bench/analysis.md; } >> "$OUT"
