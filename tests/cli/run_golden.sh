#!/usr/bin/env bash
# CLI golden runs: each tests/cli/cases/NAME.args holds one command line (after `lectern`, run
# from the repo root); NAME.out is the exact stdout expected, NAME.err the exact stderr (the
# messages users see about bad input) and NAME.status the exit status.
# Regenerate an expected file only after checking the new output by hand:
#   tests/cli/run_golden.sh build/native/bin/lectern --update
set -uo pipefail
lectern="$1"
update="${2:-}"
cases="$(dirname "$0")/cases"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# A folder of bad inputs next to a good one, made here so the bytes are exact.
mkdir -p "$scratch/mixed/.hidden"
printf '' >"$scratch/mixed/empty.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$scratch/mixed/image.png"
printf 'Caf\xe9 in Malm\xf6.\nA Latin-1 file read as UTF-8.\n' >"$scratch/mixed/latin1.txt"
printf 'Ett dokument om toppmötet i Astana och Kazakstan.\n' >"$scratch/mixed/ok.txt"
printf 'never read\n' >"$scratch/mixed/.hidden/secret.txt"

passed=0
failed=0
for args_file in "$cases"/*.args; do
  name="$(basename "$args_file" .args)"
  args="$(cat "$args_file")"
  args="${args//'${SCRATCH}'/$scratch}"
  # shellcheck disable=SC2086
  actual="$("$lectern" $args 2>"$scratch/stderr")"
  status=$?
  actual="${actual//$scratch/'${SCRATCH}'}"
  if [ "$update" = "--update" ]; then
    # An empty stdout stays an empty file, so --update leaves unchanged cases unchanged.
    if [ -n "$actual" ]; then printf '%s\n' "$actual" >"$cases/$name.out"; else : >"$cases/$name.out"; fi
    sed "s|$scratch|\${SCRATCH}|g" "$scratch/stderr" >"$cases/$name.err"
    echo "$status" >"$cases/$name.status"
  fi
  errors="$(sed "s|$scratch|\${SCRATCH}|g" "$scratch/stderr")"
  if [ "$actual" == "$(cat "$cases/$name.out")" ] && [ "$errors" == "$(cat "$cases/$name.err")" ] &&
    [ "$status" == "$(cat "$cases/$name.status")" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit $status, expected $(cat "$cases/$name.status"))"
    diff <(printf '%s\n' "$actual") "$cases/$name.out" | head -20
    diff <(printf '%s\n' "$errors") "$cases/$name.err" | head -20
  fi
done
echo "cli golden: $passed passed, $failed failed"
[ "$failed" = 0 ]
