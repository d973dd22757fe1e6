#!/usr/bin/env bash
# The two commands of testleak's README:
#   ./testleak.sh analyze   build the pack, run Error Prone, SpotBugs and PMD over testcases/,
#                           write target/testleak.sarif and print a summary by rule and engine
#   ./testleak.sh test      build everything and run every test (what .ci/run calls)
# It needs nothing installed by hand: it finds a JDK 21+ (Error Prone 2.50 runs on nothing older),
# uses the Maven wrapper (Maven 3.9), and installs the SARIF validator from npm when tests need it.
set -euo pipefail
cd "$(dirname "$0")"

die() { echo "testleak.sh: $*" >&2; exit 2; }

java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pick_jdk() { # prints the newest JDK home whose version is at least $1
  local min=$1 best="" best_v=0 home v
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$home" ] && [ -d "$home" ] || continue
    v=$(java_major "$home")
    [ -n "$v" ] || continue
    if [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then best=$home; best_v=$v; fi
  done
  echo "$best"
}

pick_jdk17() { # a JDK 17 to prove the JDK 17 modules on, if the machine has one
  local home
  for home in /usr/lib/jvm/*; do
    [ "$(java_major "$home")" = "17" ] && { echo "$home"; return; }
  done
}

JAVA_HOME=$(pick_jdk 21)
[ -n "$JAVA_HOME" ] || die "no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm); Error Prone 2.50 needs one to run"
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

mvn_args=(--batch-mode --no-transfer-progress -Dstyle.color=never)
jdk17=$(pick_jdk17)
[ -n "$jdk17" ] && mvn_args+=("-Dtestleak.test.jvm=$jdk17/bin/java")

install_validator() {
  local dir=tools/sarif-multitool
  if [ ! -x "$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
    command -v npm >/dev/null || die "npm is needed to install the SARIF validator (@microsoft/sarif-multitool)"
    echo "Installing the SARIF validator (@microsoft/sarif-multitool) into $dir" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  export TESTLEAK_SARIF_MULTITOOL="$PWD/$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
}

case "${1:-}" in
  analyze)
    mkdir -p target
    log=target/testleak-analyze.log
    echo "Building the pack and running Error Prone, SpotBugs and PMD over testcases/ (log: $log)" >&2
    # Builds the engines, analyses the corpus with them (Error Prone, spotbugs:check, pmd:check as
    # configured in testcases/pom.xml) and builds the exporter.
    if ! ./mvnw "${mvn_args[@]}" install -DskipTests -pl testcases,sarif-export -am >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      die "the build failed; see $log"
    fi
    "$JAVA_HOME/bin/java" -jar sarif-export/target/testleak-sarif-export.jar \
      --repo-root . \
      --errorprone testcases/target/testleak/errorprone-classes.jsonl \
      --errorprone testcases/target/testleak/errorprone-test-classes.jsonl \
      --spotbugs testcases/target/spotbugsXml.xml \
      --pmd testcases/target/pmd.xml \
      --output target/testleak.sarif --summary
    ;;
  test)
    install_validator
    ./mvnw "${mvn_args[@]}" install
    ;;
  *)
    echo "usage: ./testleak.sh analyze | test" >&2
    exit 2
    ;;
esac
