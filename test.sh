#!/usr/bin/env bash
# Runs every test: the xunit suites (unit tests, node-compared programs, the test262 runner's own
# tests), then the test262 conformance gate (fails on any test262 regression, see docs/conformance.md).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test tests/Eventide.Tests/Eventide.Tests.csproj -c Release --nologo -v q
# The benchmark host must keep compiling (benchmarks are timed by bench/run.sh, not here).
dotnet build bench/JintHost -c Release --nologo -v q
dotnet test tests/Test262.Tests/Test262.Tests.csproj -c Release --nologo -v q
tests/Test262/run.sh --check
