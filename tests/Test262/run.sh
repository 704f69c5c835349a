#!/usr/bin/env bash
# Unpacks the test262 archive into a temporary directory and runs the runner on test/language and
# test/built-ins (or the test paths given first). Options pass through to the runner (default:
# --check, the CI gate), e.g.
#   tests/Test262/run.sh --update --report docs/conformance.md
#   tests/Test262/run.sh test/built-ins/Array --verbose
# TEST262_ARCHIVE overrides the archive (default ../shared/test262/test262-be13516f.tar.gz, then /work/shared/...).
set -euo pipefail
cd "$(dirname "$0")/../.."
archive="${TEST262_ARCHIVE:-../shared/test262/test262-be13516f.tar.gz}"
if [ ! -f "$archive" ] && [ -z "${TEST262_ARCHIVE:-}" ]; then archive=/work/shared/test262/test262-be13516f.tar.gz; fi
if [ ! -f "$archive" ]; then
  echo "test262 archive not found: $archive (set TEST262_ARCHIVE)" >&2
  exit 1
fi
start=$SECONDS
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$archive" -C "$tmp"
# Quiet unless the build fails.
if ! log="$(dotnet build tests/Test262/Test262.csproj -c Release --nologo -v q 2>&1)"; then echo "$log" >&2; exit 1; fi
label="tests/Test262/run.sh $*"
# Leading arguments that are not options choose the tests (default: all of language and built-ins).
paths=()
while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do paths+=("$1"); shift; done
if [ ${#paths[@]} -eq 0 ]; then paths=(test/language test/built-ins); fi
if [ $# -eq 0 ]; then set -- --check; fi
# --isolate: tests run in a child process, so a crash (stack overflow) costs one test, not the gate.
dotnet tests/Test262/bin/Release/net10.0/Test262.dll "$tmp/test262" "${paths[@]}" \
  --isolate --expectations tests/Test262/expectations.txt --setup-seconds $((SECONDS - start)) \
  --label "$label" "$@"
