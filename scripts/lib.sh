# Shared by the launch scripts: find the repo, pick a JDK, build the jar when it is stale.
# shellcheck shell=bash

EXA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXA_JAR="$EXA_ROOT/target/exa-shell.jar"

# JAVA_HOME first, then the newest JDK under /usr/lib/jvm, then java on PATH.
exa_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  local best="" best_version=0 dir version
  for dir in /usr/lib/jvm/*/; do
    [ -x "$dir/bin/java" ] && [ -f "$dir/release" ] || continue
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$dir/release")
    if [ -n "$version" ] && [ "$version" -gt "$best_version" ]; then best="$dir/bin/java"; best_version=$version; fi
  done
  if [ -n "$best" ]; then echo "$best"; else command -v java; fi
}

# Builds target/exa-shell.jar when it is missing or older than pom.xml or anything in src/main.
exa_build_if_stale() {
  if [ ! -f "$EXA_JAR" ] || [ -n "$(find "$EXA_ROOT/pom.xml" "$EXA_ROOT/src/main" -newer "$EXA_JAR" -print -quit)" ]; then
    echo "exa-shell: building target/exa-shell.jar (once; takes a minute)..." >&2
    (cd "$EXA_ROOT" && ./mvnw -q -B -DskipTests package) >&2 || { echo "exa-shell: build failed" >&2; exit 1; }
  fi
}
