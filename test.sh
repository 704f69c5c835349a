#!/usr/bin/env bash
# Runs every test: the xunit suites (unit tests, node-compared programs, the test262 runner's own
# tests), then the test262 conformance gate (fails on any test262 regression, see docs/conformance.md),
# then the seed's acceptance programs against node's recorded output, the real-package corpus and a
# differential fuzzing batch against node. The node-compared programs, a test262 slice, the
# acceptance programs, the corpus and the fuzz batch also run with the fast loop off.
set -euo pipefail
cd "$(dirname "$0")"
# The NuGet packages first, so that the library and the CLI compile here: any warning (compiler,
# trim/AOT analyzers, pack) fails the run. Packing the CLI (a dotnet tool) builds the library.
dotnet pack src/Eventide.Cli -c Release --nologo -v q -warnaserror -o artifacts/packages
dotnet pack src/Eventide -c Release --nologo -v q -warnaserror --no-build -o artifacts/packages
# The tool installs and runs a script as node does: from these packages only, through a cache of
# its own (a rebuilt package of the same version must not come from a cache of an earlier one).
tool=$(mktemp -d)
printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>' \
    "$PWD/artifacts/packages" > "$tool/nuget.config"
NUGET_PACKAGES="$tool/cache" dotnet tool install Eventide.Cli --tool-path "$tool/bin" --configfile "$tool/nuget.config" > /dev/null
diff <("$tool/bin/eventide" examples/hello.js) <(node examples/hello.js)
rm -rf "$tool"
# The embedding example (examples/embedding) builds and prints what it should.
dotnet build examples/embedding -c Release --nologo -v q -warnaserror
diff <(dotnet examples/embedding/bin/Release/net10.0/Embedding.dll) examples/embedding/expected-output.txt
dotnet test tests/Eventide.Tests/Eventide.Tests.csproj -c Release --nologo -v q
# The benchmarks must keep compiling (they are timed by bench/run.sh and bench/Micro, not here).
dotnet build bench/JintHost -c Release --nologo -v q
dotnet build bench/Micro -c Release --nologo -v q
# The side-by-side runner (test262 on Jint and node, tests/Test262/side-by-side.sh) must keep compiling; it does not run here.
dotnet build tests/Test262.Jint -c Release --nologo -v q
dotnet test tests/Test262.Tests/Test262.Tests.csproj -c Release --nologo -v q
tests/Test262/run.sh --check
# The tier-differential run: the language tests and Promise with the fast loop off (every
# instruction on the interpreter's general path) must pass exactly as with it on.
EVENTIDE_FAST_LOOP=0 tests/Test262/run.sh test/language test/built-ins/Promise --check
# The seed's programs (../shared/acceptance) must print exactly what node prints.
dotnet build src/Eventide.Cli -c Release --nologo -v q
acceptance=../shared/acceptance
[ -d "$acceptance" ] || acceptance=/work/shared/acceptance
"$acceptance/run.sh" "dotnet src/Eventide.Cli/bin/Release/net10.0/eventide.dll"
"$acceptance/run.sh" "dotnet src/Eventide.Cli/bin/Release/net10.0/eventide.dll --no-fast-loop"
# Real npm packages (tests/RealWorld, pinned by package-lock.json) must print what node prints,
# with the fast loop on and off; regenerates docs/compatibility.md.
tests/RealWorld/run.sh
# Differential fuzzing (docs/fuzzing.md): 300 generated programs (fixed seed) must print on eventide,
# with the fast loop on and off, exactly what node prints; fails on any divergence, crash or hang.
dotnet build tests/Fuzz/FuzzHost -c Release --nologo -v q
node tests/Fuzz/fuzz.js --seed 1 --count 300 --budget 60
