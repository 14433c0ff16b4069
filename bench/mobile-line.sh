#!/usr/bin/env bash
# A rendered set as a mobile caller's line: each clean (G.711) file through the mobile network's codec, AMR-NB
# (12.2 kbit/s, mode 7; 5.9 kbit/s, mode 2, under poor coverage), then G.711 mu-law again at the gateway.
# Needs sox with AMR (Debian's sox has it). Writes <set>/<name>/ and <set>/<name>.tsv for `townhall-ivr speech-bench`.
# Run: bench/mobile-line.sh target/bench-requests-fresh [mode, default 7] [name, default mobile]
set -euo pipefail
set_dir=$1; mode=${2:-7}; name=${3:-mobile}
amr=$(mktemp --suffix=.amr)
trap 'rm -f "$amr"' EXIT
mkdir -p "$set_dir/$name"
: > "$set_dir/$name.tsv"
while IFS=$'\t' read -r wav expected; do
  file=$(basename "$wav")
  sox -D "$set_dir/clean/$file" -t amr-nb -C "$mode" "$amr"
  sox -D -t amr-nb "$amr" -e u-law -b 8 "$set_dir/$name/$file"   # -D: no random dither, reproducible
  printf '%s/%s\t%s\n' "$name" "$file" "$expected" >> "$set_dir/$name.tsv"
done < "$set_dir/clean.tsv"
echo "$(wc -l < "$set_dir/$name.tsv") files through AMR-NB mode $mode in $set_dir/$name"
