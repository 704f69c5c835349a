#!/usr/bin/env bash
# Regenerates CASE/ENTRY.expected from node for every entry listed in CASE/entries (node is the oracle).
# An entry whose ENTRY.stderr exists also gets node's stderr there, less its node:internal lines
# (internal frames, the internal throw site it prints first), with the case directory as DIR and
# the process id as PID (what EsModulesTests compares eventide's stderr with).
cd "$(dirname "$0")"
filter='
const dir = process.argv[1];
const lines = require("fs").readFileSync(0, "utf8").split(dir).join("DIR").split("\n");
const kept = [];
for (let i = 0; i < lines.length; i++) {
  if (lines[i].startsWith("node:internal/")) { i += 3; continue; }
  if (lines[i].startsWith("    at ") && lines[i].includes("node:internal/")) {
    if (lines[i].endsWith(" {")) kept[kept.length - 1] += " {"; // the brace of the error properties
    continue;
  }
  kept.push(lines[i].replace(/^\(node:\d+\)/, "(node:PID)"));
}
process.stdout.write(kept.join("\n"));'
for dir in */; do
  while read -r entry; do
    [ -z "$entry" ] && continue
    stem="${entry%.*}"
    (cd "$dir" && node "$entry" > "$stem.expected" 2> "$stem.stderr.raw"; echo "$?" > "$stem.exitcode"
     [ -f "$stem.stderr" ] && node -e "$filter" "$PWD" < "$stem.stderr.raw" > "$stem.stderr"
     rm -f "$stem.stderr.raw")
  done < "$dir/entries"
done
