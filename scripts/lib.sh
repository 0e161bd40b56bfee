# Shared by the launch scripts: find the repo, pick a JDK, build the jar when it is stale, and
# start the shell from a class-data cache made for that jar and that JDK.
# shellcheck shell=bash

EXA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXA_JAR="$EXA_ROOT/target/exa-shell.jar"

# JVM flags for the shell. C1 only and the serial collector start fastest and are plenty for an
# I/O-bound CLI; a 12 MB young generation with survivor spaces as large as eden (6/3/3 MB) keeps
# resident memory small and flat (the default sizes it from the machine's RAM and touches all of
# it during start-up; a long walk touches all of a larger one, and with the default survivor
# spaces a walk's window of recent ids is promoted and piles up in the old generation); JVM warnings go to
# stderr, never into stdout, which carries data; spring.aot.enabled makes Spring use the bean
# definitions generated at build time (boot/ExaShellContext) instead of parsing configurations.
EXA_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn12m -XX:SurvivorRatio=2 -Xlog:all=off -Xlog:all=warning:stderr
  -Dspring.aot.enabled=true)

# JAVA_HOME first, then the newest JDK under /usr/lib/jvm, then java on PATH. (Bash builtins
# only: this runs on every start.)
exa_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  local best="" best_version=0 dir version release
  for dir in /usr/lib/jvm/*/; do
    [ -x "$dir/bin/java" ] && [ -f "$dir/release" ] || continue
    release=$(<"$dir/release")
    version=$(exa_release_major "$release")
    if [ -n "$version" ] && [ "$version" -gt "$best_version" ]; then best="$dir/bin/java"; best_version=$version; fi
  done
  if [ -n "$best" ]; then echo "$best"; else command -v java; fi
}

# The feature release (17, 25, ...) in the text of a JDK's release file, or nothing.
exa_release_major() {
  if [[ $1 =~ JAVA_VERSION=\"([0-9]+) ]]; then echo "${BASH_REMATCH[1]}"; fi
}

# Builds target/exa-shell.jar when it is missing or older than pom.xml or anything in src/main.
# EXA_SHELL_NO_BUILD=1 (the integration tests) never builds: the jar must exist.
exa_build_if_stale() {
  if [ -n "${EXA_SHELL_NO_BUILD:-}" ]; then
    [ -f "$EXA_JAR" ] || { echo "exa-shell: $EXA_JAR is missing (EXA_SHELL_NO_BUILD is set)" >&2; exit 1; }
    return
  fi
  if [ ! -f "$EXA_JAR" ] || [ -n "$(find "$EXA_ROOT/pom.xml" "$EXA_ROOT/src/main" -newer "$EXA_JAR" -print -quit)" ]; then
    echo "exa-shell: building target/exa-shell.jar (once; takes a minute)..." >&2
    (cd "$EXA_ROOT" && ./mvnw -q -B -DskipTests package) >&2 || { echo "exa-shell: build failed" >&2; exit 1; }
  fi
}

# Runs the shell with "$@" (exec: this shell process becomes the JVM).
#
# On first use for a given jar and JDK it prepares target/launch/<key>/: the jar extracted to a
# plain classpath (class-data sharing needs one) and two caches of the classes short training
# runs load, in the form the JDK supports: on Java 25 an AOT cache (-XX:AOTCacheOutput,
# JEP 483/514/515: classes loaded and linked, plus method profiles), on Java 17-24 a dynamic
# AppCDS archive (-XX:ArchiveClassesAtExit). exa-shell-prompt.* is trained at the prompt (Spring,
# Spring Shell, JLine); exa-shell.* by a script, for one-shot and script runs, which start
# without Spring: every class in a cache is loaded at start, so theirs holds only what they use.
# Later runs map the one for their mode (-XX:AOTCache / -XX:SharedArchiveFile), which roughly
# halves start-up. <key> hashes the jar's size and mtime,
# the java binary, the JDK's release file and its modules image, and the flags, so a rebuilt jar
# or another JDK gets a fresh cache; caches of older jars are removed. Anything that goes wrong
# (an old or non-HotSpot JDK, no disk space, a concurrent launcher holding the lock) just means
# this run starts without a cache; a failed preparation is not retried for that key.
# EXA_SHELL_CACHE=off skips all of this.
exa_launch() {
  local java real home release major dir
  # A closed stdout (>&-) is taken by a read-only /dev/null, so writes to it fail (EBADF) and are
  # reported; left closed, the JVM's first open file would become descriptor 1 and take them.
  ( exec 3>&1 ) 2>&- || exec 1</dev/null
  java=$(exa_java)
  if [ "${EXA_SHELL_CACHE:-on}" != off ]; then
    real=$(readlink -f "$java" 2>/dev/null || echo "$java")
    home=${real%/bin/java}
    release=""
    if [ -f "$home/release" ]; then release=$(<"$home/release"); fi
    major=$(exa_release_major "$release")
    if [ -n "$major" ] && [ "$major" -ge 17 ]; then
      dir="$EXA_ROOT/target/launch/$(exa_launch_key "$real" "$home" "$release")"
      if [ -f "$dir/ready" ] || exa_prepare "$java" "$major" "$dir"; then
        local -a cached=()
        local name=exa-shell
        if exa_wants_prompt "$@" && { [ -f "$dir/exa-shell-prompt.aot" ] || [ -f "$dir/exa-shell-prompt.jsa" ]; }; then
          name=exa-shell-prompt
        fi
        mapfile -t cached < "$dir/jvm.flags"
        if [ -f "$dir/$name.aot" ]; then cached+=("-XX:AOTCache=$dir/$name.aot" "-Dexa.shell.cache=$dir/$name.aot"); fi
        if [ -f "$dir/$name.jsa" ]; then cached+=("-XX:SharedArchiveFile=$dir/$name.jsa" "-Dexa.shell.cache=$dir/$name.jsa"); fi
        exec "$java" "${EXA_JVM_FLAGS[@]}" "${cached[@]}" -jar "$dir/app/exa-shell.jar" "$@"
      fi
    fi
  fi
  exec "$java" "${EXA_JVM_FLAGS[@]}" -jar "$EXA_JAR" "$@"
}

# exa_launch_key JAVA_REALPATH JDK_HOME RELEASE_TEXT: a number naming the jar build, the JDK
# build and the flags (two forks, stat and cksum: this runs on every start).
exa_launch_key() {
  local stamps sum
  stamps=$(stat -Lc '%s %Y' "$EXA_JAR" "$2/lib/modules" 2>/dev/null || true)
  read -r sum _ < <(printf 'launch-v2\n%s\n%s\n%s\n%s\n' "$stamps" "$1" "$3" "${EXA_JVM_FLAGS[*]}" | cksum)
  echo "$sum"
}

# What the training session types at the prompt (stdin is a pipe, so JLine reads it from a
# dumb terminal): listing, paging, a filter scan, a detail view, an error, help and a streamed
# walk, on the embedded sandbox, with JSON output so Jackson's writers are trained as well.
EXA_TRAINING_SESSION='list --limit 5
next
prev
show 1
show imp_unknown
filter --status failed
next
filter --clear
status
help
help list
list --all --max-items 450
version
'

# What the training script runs (one-shot and script mode, no prompt): listing in each output
# format, paging, detail views, an error, a filter scan, help and a streamed walk.
EXA_TRAINING_SCRIPT='list --limit 5
list --limit 5 -o tsv
list --limit 5 -o table
list --limit 5 -o json
next
prev
show 1
show 2 -o json
show imp_unknown
filter --status failed
filter --clear
status
help
help list
list --all --max-items 450
version
'

# 0 when the arguments start the prompt: global options only, no command, no script, no
# --version or --help (as LaunchOptionsParser decides; a wrong guess only costs speed).
exa_wants_prompt() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --base-url|--api-key|--profile|--request-timeout|-o|--output|--color) shift; [ $# -gt 0 ] && shift ;;
      --file|--file=*|-f|--version|-V|--help|-h|-) return 1 ;;
      -*) shift ;;
      *) return 1 ;;
    esac
  done
  return 0
}

# exa_train JAVA MAJOR PREFIX JAR run|prompt FLAG...: trains PREFIX.{aot,jsa} on the training
# script (run), or PREFIX-prompt.{aot,jsa} on the training session typed at the prompt, both with
# JAR and the JVM flags FLAG... on the embedded sandbox with JSON output (so Jackson's writers are
# trained too); relative paths are from the current directory; 0 when made. Used by the launcher
# (exa_prepare) and by scripts/package.
exa_train() {
  local java=$1 major=$2 prefix=$3 jar=$4 mode=$5 file flag script
  shift 5
  if [ "$mode" = prompt ]; then prefix="$prefix-prompt"; fi
  if [ "$major" -ge 25 ]; then file="$prefix.aot"; flag="-XX:AOTCacheOutput=$file"
  else file="$prefix.jsa"; flag="-XX:ArchiveClassesAtExit=$file"; fi
  if [ "$mode" = prompt ]; then
    printf '%s' "$EXA_TRAINING_SESSION" | exa_training_env "$java" "$@" "$flag" \
      -jar "$jar" --sandbox -o jsonl >/dev/null 2>&1
  else
    # The script has an error on purpose, so its exit code is not 0; the cache is what counts.
    script=$(mktemp --suffix=.exa "${TMPDIR:-/tmp}/exa-training.XXXXXX") || return 1
    printf '%s' "$EXA_TRAINING_SCRIPT" > "$script" && exa_training_env "$java" "$@" "$flag" \
      -jar "$jar" --sandbox --continue-on-error -o jsonl "$script" </dev/null >/dev/null 2>&1
    rm -f "$script"
  fi
  [ -s "$file" ]
}

# exa_prepare JAVA MAJOR DIR: extract the jar and train the cache into DIR; 0 when DIR is ready.
# Everything happens in DIR itself, under DIR.lock: an AppCDS archive is only valid for the
# classpath it was dumped with, so the directory cannot be renamed afterwards.
exa_prepare() {
  local java=$1 major=$2 dir=$3
  [ -e "$dir/failed" ] && return 1
  mkdir -p "$(dirname "$dir")" 2>/dev/null || return 1
  # A lock left by a launcher that was killed while preparing is stale after 10 minutes.
  find "$dir.lock" -maxdepth 0 -mmin +10 -exec rmdir {} \; 2>/dev/null
  mkdir "$dir.lock" 2>/dev/null || return 1   # another launcher is preparing it: run without
  trap 'rm -rf "$dir"; rmdir "$dir.lock" 2>/dev/null; exit 130' INT TERM
  rm -rf "$dir" && mkdir "$dir" || { rmdir "$dir.lock"; trap - INT TERM; return 1; }
  if [ -t 2 ]; then
    echo "exa-shell: preparing a start-up cache for this jar and Java $major (once, a few seconds)..." >&2
  fi
  local -a quiet=(-Xlog:cds*=off:stderr)
  if [ "$major" -ge 25 ]; then quiet+=(-Xlog:aot*=off:stderr); fi
  local ok=1
  if "$java" -Djarmode=tools -jar "$EXA_JAR" extract --destination "$dir/app" >/dev/null 2>&1 \
      && exa_train "$java" "$major" "$dir/exa-shell" "$dir/app/exa-shell.jar" run "${EXA_JVM_FLAGS[@]}" \
      && exa_train "$java" "$major" "$dir/exa-shell" "$dir/app/exa-shell.jar" prompt "${EXA_JVM_FLAGS[@]}"; then
    # The JVM's notes about the cache (e.g. that it cannot be used after all) stay off stderr,
    # which belongs to the shell's own messages; a cache it cannot use only costs speed.
    printf '%s\n' "${quiet[@]}" > "$dir/jvm.flags"
    # Shorter exits where the JDK allows it: without this the JVM waits up to 300 ms at exit for
    # threads blocked in native code (the HTTP client's selector, JLine's input pump).
    if "$java" -XX:UserThreadWaitAttemptsAtExit=0 -version >/dev/null 2>&1; then
      echo "-XX:UserThreadWaitAttemptsAtExit=0" >> "$dir/jvm.flags"
    fi
    touch "$dir/ready" && ok=0
  fi
  if [ "$ok" -ne 0 ]; then
    rm -rf "$dir"
    mkdir -p "$dir" 2>/dev/null && touch "$dir/failed" 2>/dev/null
  else
    # Caches made for older builds of the jar are of no further use.
    find "$(dirname "$dir")" -mindepth 1 -maxdepth 1 -type d ! -newer "$EXA_JAR" ! -name '*.lock' \
      -exec rm -rf {} + 2>/dev/null
  fi
  rmdir "$dir.lock" 2>/dev/null
  trap - INT TERM
  return "$ok"
}

# exa_training_env COMMAND...: runs the training session so that it cannot read or write the
# user's files or key, nor reach the network, nor hang (5 minutes at most).
exa_training_env() {
  local config status=0
  local -a limit=()
  if command -v timeout >/dev/null 2>&1; then limit=(timeout 300); fi
  config=$(mktemp -d) || return 1
  env -u EXA_API_KEY -u EXA_BASE_URL -u EXA_PROFILE XDG_CONFIG_HOME="$config" "${limit[@]}" "$@" || status=$?
  rm -rf "$config"
  return "$status"
}
