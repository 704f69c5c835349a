#!/usr/bin/env bash
# Re-measures the side-by-side numbers of docs/conformance.md (tests/Test262/side-by-side.tsv):
# Eventide, Jint (tests/Test262.Jint, the NuGet package) and node on every Nth test file (--sample 1:
# the whole suite). Not part of ./test.sh (Jint's full run is long).
#   tests/Test262/side-by-side.sh                 # the sample (every 10th file), three engines
#   tests/Test262/side-by-side.sh --sample 1 --engines "node jint"   # the whole suite
# Then `tests/Test262/run.sh --update --report docs/conformance.md` regenerates the report.
# RESULTS_DIR keeps every verdict (one TSV per engine and sample); default: a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=10 engines="eventide jint node"
while [ $# -gt 0 ]; do
  case "$1" in
    --sample) sample="$2"; shift 2 ;;
    --engines) engines="$2"; shift 2 ;;
    *) echo "usage: $0 [--sample N] [--engines \"eventide jint node\"]" >&2; exit 2 ;;
  esac
done
archive="${TEST262_ARCHIVE:-../shared/test262/test262-be13516f.tar.gz}"
if [ ! -f "$archive" ] && [ -z "${TEST262_ARCHIVE:-}" ]; then archive=/work/shared/test262/test262-be13516f.tar.gz; fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$archive" -C "$tmp"
results="${RESULTS_DIR:-$tmp}"
mkdir -p "$results"
# Test262.Jint builds the runner too.
if ! log="$(dotnet build tests/Test262.Jint/Test262.Jint.csproj -c Release --nologo -v q 2>&1)"; then echo "$log" >&2; exit 1; fi
measure() {
  local engine=$1 n=$2 dll=tests/Test262/bin/Release/net10.0/Test262.dll
  if [ "$engine" = jint ]; then dll=tests/Test262.Jint/bin/Release/net10.0/Test262.Jint.dll; fi
  echo "== $engine, sample $n" >&2
  dotnet "$dll" "$tmp/test262" test/language test/built-ins --engine "$engine" --sample "$n" --isolate \
    --record tests/Test262/side-by-side.tsv --results "$results/$engine-sample$n.tsv"
}
for engine in $engines; do measure "$engine" "$sample"; done
