#!/usr/bin/env bash
# Runs every test: the xunit suite (unit tests, node-compared programs).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test tests/Eventide.Tests/Eventide.Tests.csproj -c Release --nologo -v q
# The benchmark host must keep compiling (benchmarks are timed by bench/run.sh, not here).
dotnet build bench/JintHost -c Release --nologo -v q
