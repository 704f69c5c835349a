#!/usr/bin/env bash
# Regenerates CASE/ENTRY.expected from node for every entry listed in CASE/entries (node is the oracle).
cd "$(dirname "$0")"
for dir in */; do
  while read -r entry; do
    [ -n "$entry" ] && (cd "$dir" && node "$entry" > "${entry%.*}.expected" 2>/dev/null; echo "$?" > "${entry%.*}.exitcode")
  done < "$dir/entries"
done
