#!/usr/bin/env bash
# The benchmark and regression harness over real third-party test suites (docs/benchmarks.md).
#
#   benchmarks/run.sh [--projects a,b] [--configs c,d] [--quick] [--repeat N] [--check] [--recompute-excluded]
#                     [--results DIR]
#   benchmarks/run.sh --jmh [JMH options]
#
# Fetches from Maven Central, through Maven and its local repository, each project of projects.tsv
# (published pom, main jar, test-sources and tests jars, test class path) and the engines (Error Prone,
# SpotBugs, PMD, and testleak's jars when they are installed), all cached under benchmarks/target/, then runs
# dev.testleak.benchmarks.Harness: every engine configuration over every project, results in
# benchmarks/target/results/. --quick: the first project only. --check: also compare testleak's findings
# with expected/<project>.tsv and exit 1 on a difference. Exit 3: a crash caused by testleak.
# --configs: only these of javac, errorprone, errorprone+testleak, spotbugs, spotbugs+testleak, pmd-quickstart,
# pmd-quickstart+testleak, pmd-testleak (e.g. the testleak ones alone for a quicker --check).
# --results: where results go (default benchmarks/target/results).
# --jmh: the JMH benchmark of the Error Prone part (javac + Error Prone, with and without testleak).
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0;; esac
B=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$B")
T=$B/target

pick_jdk() { # the JDK to run everything on: $TESTLEAK_BENCH_JDK, else the newest JDK 21+ under /usr/lib/jvm
  if [ -n "${TESTLEAK_BENCH_JDK:-}" ]; then echo "$TESTLEAK_BENCH_JDK"; return; fi
  local best="" best_v=0 home v
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
    [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ] && { best=$home; best_v=$v; }
  done
  [ -n "$best" ] || { echo "run.sh: no JDK 21+ found (Error Prone 2.50 needs one)" >&2; exit 2; }
  echo "$best"
}
JDK=$(pick_jdk)
export JAVA_HOME=$JDK
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn() { "$ROOT/mvnw" --batch-mode --no-transfer-progress -q "$@"; }
DEP=org.apache.maven.plugins:maven-dependency-plugin:3.9.0

# The harness, the JMH benchmark and the Error Prone timings plugin.
mvn -f "$B/pom.xml" package -DskipTests

resolve() { # resolve <tool pom dir> : writes target/tools/<name>.classpath; testleak's are refreshed each run
  local name=$1 out=$T/tools/$1.classpath
  mkdir -p "$T/tools"
  if [[ $name == *testleak* ]]; then
    rm -f "$out"
    mvn -f "$B/tools/$name/pom.xml" $DEP:build-classpath -Dmdep.outputFile="$out" -Dmdep.includeScope=runtime \
      >"$T/tools/$name.log" 2>&1 || { rm -f "$out"; echo "  $name: not installed yet, its configurations are skipped"; }
  elif [ ! -s "$out" ]; then
    mvn -f "$B/tools/$name/pom.xml" $DEP:build-classpath -Dmdep.outputFile="$out" -Dmdep.includeScope=runtime
  fi
}
for t in errorprone errorprone-testleak spotbugs spotbugs-testleak pmd pmd-testleak; do resolve "$t"; done

if [ "${1:-}" = "--jmh" ]; then
  shift
  [ -s "$T/work/commons-text/sources.txt" ] || "$0" --projects commons-text >/dev/null
  exec "$JDK/bin/java" -cp "$B/target/classes:$(cat "$T/benchmarks.classpath")" \
    -Dtestleak.bench.project="$T/work/commons-text" -Dtestleak.bench.checks.file="$T/testleak-checks.classpath" \
    org.openjdk.jmh.Main ErrorProneCompileBenchmark "$@"
fi

fetch() { # fetch <name> <groupId> <artifactId> <version> into target/work/<name>/
  local name=$1 g=$2 a=$3 v=$4 w=$T/work/$1
  mkdir -p "$w"
  [ -s "$w/pom.xml" ] || { mvn $DEP:copy -Dartifact="$g:$a:$v:pom" -DoutputDirectory="$w" && cp "$w/$a-$v.pom" "$w/pom.xml"; }
  [ -s "$w/$a-$v.jar" ] || mvn $DEP:copy -Dartifact="$g:$a:$v:jar" -DoutputDirectory="$w"
  [ -s "$w/$a-$v-test-sources.jar" ] || mvn $DEP:copy -Dartifact="$g:$a:$v:jar:test-sources" -DoutputDirectory="$w"
  [ -s "$w/$a-$v-tests.jar" ] || mvn $DEP:copy -Dartifact="$g:$a:$v:jar:tests" -DoutputDirectory="$w"
  # The project's own dependencies, test scope included, as its published pom declares them.
  [ -s "$w/classpath.txt" ] || mvn -f "$w/pom.xml" $DEP:build-classpath -Dmdep.outputFile="$w/classpath.txt" \
    -Dmdep.includeScope=test
}
selected="" quick=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --projects) selected=",${args[i + 1]},";;
    --quick) quick=1;;
  esac
done
first=1
while IFS=$'\t' read -r name g a v; do
  [[ -z $name || $name == \#* ]] && continue
  if [ -n "$selected" ]; then [[ $selected == *",$name,"* ]] || continue
  elif [ -n "$quick" ] && [ -z "$first" ]; then continue; fi
  first=""
  echo "fetching $name ($g:$a:$v)"
  fetch "$name" "$g" "$a" "$v"
done <"$B/projects.tsv"

# A run works on its own snapshot of the harness classes (and the timings plugin it hands javac) and of
# testleak's jars, so that rebuilding this module or re-installing testleak during a run changes nothing under it.
H=$(mktemp -d "$T/harness.XXXXXX")
mkdir -p "$H/classes" "$H/tools" "$H/jars"
cp -r "$B/target/classes/." "$H/classes"
for f in "$T"/tools/*.classpath; do
  IFS=: read -ra entries <"$f" || true  # the file has no final newline
  out=()
  for e in "${entries[@]}"; do
    if [[ $e == */dev/testleak/* ]]; then cp "$e" "$H/jars/"; e=$H/jars/$(basename "$e"); fi
    out+=("$e")
  done
  (IFS=:; echo "${out[*]}") >"$H/tools/$(basename "$f")"
done
echo "testleak jars of this run:"; (cd "$H/jars" && sha1sum -- * 2>/dev/null | sed 's/^/  /')
rc=0
"$JDK/bin/java" -Xmx1g -cp "$H/classes" dev.testleak.benchmarks.Harness --bench-dir "$B" --jdk "$JDK" \
  --harness-classes "$H/classes" --tools "$H/tools" "$@" || rc=$?
rm -rf "$H"
exit $rc
