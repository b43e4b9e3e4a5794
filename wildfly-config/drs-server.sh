# What install-drs.sh and uninstall-drs.sh share: talking to the running server with jboss-cli, and reading the
# scripts. Sourced, with jboss_home, controller and reload (yes, no or ask) set.

# What DRS uses of the server; standalone-full.xml and standalone.xml both have them.
REQUIRED_SUBSYSTEMS="batch-jberet datasources ee ejb3 elytron jaxrs jmx jpa jsf logging naming remoting transactions undertow weld"
REQUIRED_VERSION=39
MGMT_USERS="$jboss_home/standalone/configuration/mgmt-users.properties"
MGMT_GROUPS="$jboss_home/standalone/configuration/mgmt-groups.properties"
INSTALL_RECORD="$jboss_home/standalone/configuration/drs/installed.properties"
POSTGRESQL_MODULE="$jboss_home/modules/org/drs/postgresql"
TAPE_MODULE="$jboss_home/modules/org/drs/tape"

# Before anything changed: a refusal.
refuse() {
  echo "$(basename "$0"): $*" >&2
  echo "$(basename "$0"): nothing was changed" >&2
  exit 1
}

# After something changed: what stopped, and what to do.
fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

cli() {
  "$jboss_home/bin/jboss-cli.sh" -c --controller="$controller" "$@"
}

# A CLI run whose output matters only when it fails: then it is shown.
cli_quiet() {
  local output
  output=$(cli "$@" 2>&1) || { printf '%s\n' "$output" >&2; return 1; }
}

# The lines a CLI script echoes (its if/echo checks), without the CLI's own output; fails when the CLI does.
cli_lines() {
  local file output
  file=$(mktemp -t drs-check.XXXXXX.cli)
  printf '%s\n' "$1" > "$file"
  output=$(cli --file="$file") || { rm -f "$file"; return 1; }
  rm -f "$file"
  printf '%s\n' "$output" | grep -v '^{\|^}\|=>\|^$' || true
}

# Of the addresses on standard input, one per line, those the server has; fails when the CLI does.
existing() {
  local checks
  checks=$(while read -r address; do
    printf 'if (outcome == success) of %s:read-resource\n  echo %s\nend-if\n' "$address" "$address"
  done)
  cli_lines "$checks"
}

# The "result" of one operation, as text: undefined when it has none; fails when the CLI does.
cli_result() {
  local output
  output=$(cli --command="$1") || return 1
  printf '%s\n' "$output" | sed -E -n 's/^ *"result" => "(.*)",?$/\1/p; t; s/^ *"result" => ([^,]*),?$/\1/p'
}

# The server answers, is WildFly 39 and, unless "any" is given, has no change of its own waiting for a reload.
check_server() {
  [ -x "$jboss_home/bin/jboss-cli.sh" ] || refuse "$jboss_home is not a WildFly home (no bin/jboss-cli.sh)"
  local version state
  version=$(cli_result ':read-attribute(name=product-version)' 2>/dev/null) || version=""
  [ -n "$version" ] || refuse "no WildFly answers at $controller: start the server first (standalone.sh -c standalone-full.xml)"
  [ "${version%%.*}" = "$REQUIRED_VERSION" ] \
    || refuse "the server is WildFly $version; this DRS is built for WildFly $REQUIRED_VERSION (Jakarta EE 10)"
  state=$(cli_result ':read-attribute(name=server-state)')
  [ "$state" = running ] || [ "${1:-}" = any ] \
    || refuse "the server is $state: it has changes of its own waiting; reload or restart it first"
}

# Whether a management user exists, compared as text (a user name is never a pattern).
user_exists() {
  awk -v user="$1" 'index($0, user "=") == 1 { found = 1 } END { exit !found }' "$MGMT_USERS"
}

# Where the install keeps the management users' files as they were, for the uninstall to put back what add-user.sh
# replaced: it turns the commented example line of the same name ("#admin=…") into the new user.
users_before() {
  echo "$(dirname "$INSTALL_RECORD")/$(basename "$1").before-drs"
}

keep_users_files() {
  cp -p "$MGMT_USERS" "$(users_before "$MGMT_USERS")"
  cp -p "$MGMT_GROUPS" "$(users_before "$MGMT_GROUPS")"
}

# Removes the user's line from both files; where it took the place of a commented line, that line comes back as it
# was (the last one without its end of line, if it had none).
remove_user() {
  local file before
  for file in "$MGMT_USERS" "$MGMT_GROUPS"; do
    before=$(users_before "$file")
    [ -f "$before" ] || before=/dev/null
    awk -v user="$1" '
      NR == FNR { was[FNR] = $0; next }
      index($0, user "=") == 1 { if (index(was[FNR], "#" user "=") == 1) print was[FNR]; next }
      { print }
    ' "$before" "$file" > "$file.drs-tmp"
    if [ -s "$before" ] && [ -n "$(tail -c 1 "$before")" ] && [ "$(tail -n 1 "$file.drs-tmp")" = "$(tail -n 1 "$before")" ]; then
      truncate -s -1 "$file.drs-tmp"
    fi
    cat "$file.drs-tmp" > "$file"
    rm -f "$file.drs-tmp" "$(users_before "$file")"
  done
}

# A script's operations, its comments left out, with each \${name} given as name=value put in as text rather than
# resolved as an expression by the CLI.
script_with_values() {
  local operations assignment
  operations=$(grep -v '^#' "$here/$1")
  shift
  for assignment in "$@"; do
    operations=${operations//"\${${assignment%%=*}}"/"${assignment#*=}"}
  done
  printf '%s\n' "$operations"
}

# The addresses a configure-*.cli script adds, one per line.
resources_added_by() {
  sed -n 's/^\(\/[^(]*\):add(.*/\1/p' "$1"
}

# The scripts' operations in one batch, so that a failure anywhere changes nothing; extensions go in before it,
# since a batch cannot add a subsystem whose extension it adds.
one_batch() {
  local script
  for script in "$@"; do
    grep '^/extension=.*:add' "$here/$script" || true
  done
  echo batch
  for script in "$@"; do
    grep -v '^batch$\|^run-batch$\|^/extension=.*:add' "$here/$script"
  done
  echo run-batch
}

# Turns reload=ask into yes or no: the administrator's answer on a terminal, no elsewhere.
decide_reload() {
  if [ "$reload" = ask ]; then
    reload=no
    if [ -t 0 ]; then
      read -r -p "$1 (its applications pause for a few seconds). Reload when needed? [y/N] " answer
      if [ "$answer" = y ]; then
        reload=yes
      fi
    fi
  fi
}

# A change that takes effect only after a reload, which pauses the server's applications for a few seconds: done
# with --reload, asked for on a terminal, else left to the administrator.
reload_if_required() {
  [ "$(cli_result ':read-attribute(name=server-state)')" = reload-required ] || return 0
  decide_reload "The server needs a reload for this to take effect"
  if [ "$reload" = yes ]; then
    echo "Reloading the server"
    cli --command=reload
  else
    echo "The server needs a reload for this to take effect: $jboss_home/bin/jboss-cli.sh -c --controller=$controller --command=reload"
  fi
}
