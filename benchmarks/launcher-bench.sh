#!/usr/bin/env bash
# launcher-bench.sh: what the ./parcelport script costs on top of running the built tool with java directly, when
# nothing changed. Runs `./parcelport ARGS` and `java -cp <the tool's jar and libs> ... ARGS` RUNS times each
# (interleaved, after one warm-up of each, which also builds the tool if needed) and prints mean wall times, the
# difference and the ratio.
#
#   benchmarks/launcher-bench.sh                 ARGS default to --help
#   RUNS=20 benchmarks/launcher-bench.sh carriers
#   PARCELPORT=path/to/another/launcher benchmarks/launcher-bench.sh     compares another version of the script
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-10}"
[ "$#" -gt 0 ] || set -- --help
launcher="${PARCELPORT:-$root/parcelport}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

now() { # microseconds since the epoch
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t="${EPOCHREALTIME/[.,]/}"
    echo "$t"
  else
    echo $(( $(date +%s%N) / 1000 ))
  fi
}

"$launcher" "$@" >/dev/null # warm-up; builds the tool when needed
jar=""
for candidate in "$root"/cli/target/parcelport-cli-*.jar; do
  case "$candidate" in *-sources.jar | *-tests.jar | *-javadoc.jar) ;; *) jar="$candidate" ;; esac
done
direct=("$java" -cp "$jar:$root/cli/target/lib/*" io.parcelport.cli.ParcelportMain)
"${direct[@]}" "$@" >/dev/null

script_total=0 direct_total=0
for ((i = 1; i <= runs; i++)); do
  t0="$(now)"; "$launcher" "$@" >/dev/null; t1="$(now)"
  "${direct[@]}" "$@" >/dev/null; t2="$(now)"
  script_total=$((script_total + t1 - t0))
  direct_total=$((direct_total + t2 - t1))
done

awk -v s="$script_total" -v d="$direct_total" -v n="$runs" -v args="$*" -v launcher="${launcher##*/}" 'BEGIN {
  sm = s / n / 1e6; dm = d / n / 1e6
  printf "runs: %d each, interleaved; arguments: %s\n", n, args
  printf "%-20s mean %.3f s\n", "./" launcher, sm
  printf "java -cp (direct)    mean %.3f s\n", dm
  printf "difference           %+.3f s   ratio %.2f\n", sm - dm, sm / dm
}'
