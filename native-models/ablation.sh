#!/usr/bin/env bash
# The ablation (native-models/README.md): the full model and one run per dropped stage, on the same
# data with the same seed and budget, each checkpoint in OUT/<variant>/ with its log.
#
#   native-models/ablation.sh DATA OUT [train.py options, e.g. --minutes 12 --device cuda]
#
# PARALLEL=1 runs the four at once (a GPU machine has the cores and the card for it); the default
# runs them one after another, which is what two CPU cores can take.
# Then: for v in full no-intra no-inter no-contextual; do
#   /usr/bin/python3 native-models/export.py OUT/$v/spatial-model.pt OUT/$v
#   for s in test phrasings; do npm run -s studio -- eval --model OUT/$v --data DATA --split $s --json; done; done
set -euo pipefail
data=$1
out=$2
shift 2
here=$(dirname "$0")
python=${PYTHON:-/usr/bin/python3}
declare -A stages=(
  [full]=intra,inter,contextual
  [no-intra]=inter,contextual
  [no-inter]=intra,contextual
  [no-contextual]=intra,inter
)
pids=()
for variant in full no-intra no-inter no-contextual; do
  mkdir -p "$out/$variant"
  cmd=("$python" "$here/train.py" --data "$data" --out "$out/$variant" --stages "${stages[$variant]}" --no-export "$@")
  if [[ ${PARALLEL:-0} == 1 ]]; then
    "${cmd[@]}" >"$out/$variant/train.log" 2>&1 &
    pids+=($!)
  else
    "${cmd[@]}" 2>&1 | tee "$out/$variant/train.log"
  fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
