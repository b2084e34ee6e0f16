#!/bin/sh
# Predictions of the tree this script runs from, for byte-for-byte comparison
# before and after a change that must not change behaviour (make extract-snapshot):
#   tools/extract-snapshot.sh OUTDIR
# writes OUTDIR/<set>.jsonl, keys sorted, for the seeds, every eval/*/articles set,
# examples/articles, `incidents extract` on the examples, the MUC-3/4 texts and the
# first 3000 Reuters records; then their md5 sums. Compare two runs with
# `cmp` or `md5sum`. INCIDENTS_SHARED points at the shared data (../shared).
set -e
cd "$(dirname "$0")/.."
SHARED=${INCIDENTS_SHARED:-../shared}
export LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="./?.so;;"
O=$1
[ -n "$O" ] || { echo "usage: extract-snapshot.sh OUTDIR" >&2; exit 2; }
mkdir -p "$O"
canon() { python3 -c 'import sys, json
for l in sys.stdin: print(json.dumps(json.loads(l), sort_keys=True))'; }
run_set() { # name files...
  name=$1; shift
  lua5.4 tools/eval.lua "$O/$name.raw" "$@" 2>"$O/$name.err"
  canon < "$O/$name.raw" > "$O/$name.jsonl"; rm "$O/$name.raw"
}
run_set seeds "$SHARED"/seeds/*.txt
for d in eval/*/articles; do
  set -- "$d"/*.txt
  [ -e "$1" ] && run_set "$(basename "$(dirname "$d")")" "$@"
done
run_set examples examples/articles/*.txt
bin/incidents extract examples/articles/*.txt 2>"$O/cli.err" | canon > "$O/cli.jsonl"
lua5.4 tools/extract-jsonl.lua "$SHARED/data/bench/news/muc34.jsonl" | canon > "$O/muc34.jsonl"
lua5.4 tools/extract-jsonl.lua "$SHARED/data/bench/news/reuters21578.jsonl" 3000 \
  | canon > "$O/reuters.jsonl"
(cd "$O" && md5sum ./*.jsonl)
