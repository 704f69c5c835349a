#!/usr/bin/env bash
# Runs every test: the xunit suite (unit tests, node-compared programs).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test tests/Eventide.Tests/Eventide.Tests.csproj -c Release --nologo -v q
