#!/bin/sh
# Round 12 of docs/bench-muc4.md: the engine's reports as story features and
# a boosted-tree gate, measured against the shipped MUC-4 gate by AUC.
#
#     sh tools/muc4-gate.sh          # after `make muc4-cv`; about six minutes
#
# $MUC4_ENGINE is the tree whose extraction engine reads the stories (the
# default pack; round 12 used a checkout of commit 90d3074, so that the
# extraction work of the same session did not move the features): its lua/
# and its built core. Writes build/r12/ (or $MUC4_R12): the engine's
# reports per story in three readings (eng: the GRIT text as given;
# engc: every story given one fixed date; engd: dated by the dateline of
# full/<split>.jsonl, the explicit opt-in), the gate's cross-fitted training
# rows of the shipped model and of each half's (tools/build-muc4-weights.lua
# --dump-gate; the weights it writes there are the shipped ones and build/cv's,
# byte for byte), the scored rows of dev and both halves, and one table per
# reading (gate-eng*.txt). Test is never read.
set -e
DATA=${MUC4_DATA:-../shared/data/muc4}
LUA=${LUA:-lua5.4}
CV=${MUC4_CV:-build/cv}
R12=${MUC4_R12:-build/r12}
E=${MUC4_ENGINE:-.}
mkdir -p $R12
for s in train dev; do
  LUA_PATH="$E/lua/?.lua;$E/lua/?/init.lua;lua/?.lua;;" LUA_CPATH="$E/?.so;;" \
    $LUA tools/muc4-engine-dump.lua --gold $DATA/grit/$s.json --out $R12/eng-$s.jsonl
  LUA_PATH="$E/lua/?.lua;$E/lua/?/init.lua;lua/?.lua;;" LUA_CPATH="$E/?.so;;" \
    $LUA tools/muc4-engine-dump.lua --gold $DATA/grit/$s.json --dct 1990-01-01 \
    --out $R12/engc-$s.jsonl
  LUA_PATH="$E/lua/?.lua;$E/lua/?/init.lua;lua/?.lua;;" LUA_CPATH="$E/?.so;;" \
    $LUA tools/muc4-engine-dump.lua --gold $DATA/grit/$s.json --full $DATA/full/$s.jsonl \
    --out $R12/engd-$s.jsonl
done
export LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="./?.so;;"
$LUA tools/build-muc4-weights.lua --train $DATA/grit/train.json \
  --out $R12/full-weights.lua --dump-gate $R12/gate-full.jsonl
for h in even odd; do
  $LUA tools/build-muc4-weights.lua --train $DATA/grit/train.json --half $h \
    --rules $CV/$h/muc4.lua --out $R12/$h-weights.lua --dump-gate $R12/gate-$h.jsonl
done
$LUA tools/muc4-gate.lua --dump-eval --data $DATA --cv $CV --dir $R12
$LUA tools/muc4-gate.lua --dir $R12 --engine eng > $R12/gate-eng.txt
$LUA tools/muc4-gate.lua --dir $R12 --engine engc > $R12/gate-engc.txt
$LUA tools/muc4-gate.lua --dir $R12 --engine engd --date 1 > $R12/gate-engd.txt
cat $R12/gate-engd.txt
