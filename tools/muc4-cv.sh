#!/bin/sh
# Two-fold cross-validation of the MUC-4 pack on train, for tuning without
# dev or test: for each half (even, odd), the lexicon and the role scorer are
# learned from that half only and the other half is scored.
#
#     sh tools/muc4-cv.sh build      # learn both halves (about a minute)
#     sh tools/muc4-cv.sh score [--set key=value ...]   # score both halves
#
# Files go to build/cv/ (or $MUC4_CV). Only the train split is read.
set -e
DATA=${MUC4_DATA:-../shared/data/muc4}
LUA=${LUA:-lua5.4}
CV=${MUC4_CV:-build/cv}
export LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="./?.so;;"
cmd=$1; shift
case $cmd in
build)
  mkdir -p $CV/even $CV/odd
  awk 'NF && ++n % 2 == 0' $DATA/grit/train.json > $CV/even.json
  awk 'NF && ++n % 2 == 1' $DATA/grit/train.json > $CV/odd.json
  for h in even odd; do
    cp lua/incidents/rules/muc4.lua $CV/$h/muc4.lua
    $LUA tools/build-muc4-lexicon.lua $CV/$h.json $CV/$h/muc4-lexicon.lua
    $LUA tools/build-muc4-weights.lua --half $h --rules $CV/$h/muc4.lua \
      --out $CV/$h/weights.lua "$@" &
    eval pid_$h=\$!
  done
  wait $pid_even
  wait $pid_odd
  ;;
score)
  for h in even odd; do
    case $h in even) o=odd ;; odd) o=even ;; esac
    $LUA tools/muc4.lua --split train --half $o --rules $CV/$h/muc4.lua \
      --set weights=$CV/$h/weights.lua --data $DATA --out $CV/pred-$o.json "$@" \
      | grep -E '^\| (micro|PerpInd|PerpOrg|Target|Victim|Weapon) ' | sed "s/^/$o /"
  done
  ;;
*) echo "usage: muc4-cv.sh build|score [args]" >&2; exit 2 ;;
esac
