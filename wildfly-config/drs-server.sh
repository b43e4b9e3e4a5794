# What install-drs.sh and uninstall-drs.sh share: talking to the running server with jboss-cli, and reading the
# scripts. Sourced, with jboss_home and controller set.

# What DRS uses of the server; standalone-full.xml and standalone.xml both have them.
REQUIRED_SUBSYSTEMS="batch-jberet datasources ee ejb3 elytron jaxrs jmx jpa jsf logging naming remoting transactions undertow weld"
REQUIRED_VERSION=39
MGMT_USERS="$jboss_home/standalone/configuration/mgmt-users.properties"
MGMT_GROUPS="$jboss_home/standalone/configuration/mgmt-groups.properties"
INSTALL_RECORD="$jboss_home/standalone/configuration/drs/installed.properties"

refuse() {
  echo "$(basename "$0"): $*" >&2
  echo "$(basename "$0"): nothing was changed" >&2
  exit 1
}

cli() {
  "$jboss_home/bin/jboss-cli.sh" -c --controller="$controller" "$@"
}

# The lines a CLI script echoes (its if/echo checks), without the CLI's own output.
cli_lines() {
  local file
  file=$(mktemp -t drs-check.XXXXXX.cli)
  printf '%s\n' "$1" > "$file"
  cli --file="$file" | grep -v '^{\|^}\|=>' || true
  rm -f "$file"
}

# The "result" of one operation, as text: undefined when it has none.
cli_result() {
  cli --command="$1" | sed -E -n 's/^ *"result" => "(.*)",?$/\1/p; t; s/^ *"result" => ([^,]*),?$/\1/p'
}

check_server_version() {
  [ -x "$jboss_home/bin/jboss-cli.sh" ] || refuse "$jboss_home is not a WildFly home (no bin/jboss-cli.sh)"
  local version
  version=$(cli_result ':read-attribute(name=product-version)' 2>/dev/null) \
    || refuse "no WildFly answers at $controller: start the server first (standalone.sh -c standalone-full.xml)"
  [ -n "$version" ] || refuse "no WildFly answers at $controller: start the server first (standalone.sh -c standalone-full.xml)"
  [ "${version%%.*}" = "$REQUIRED_VERSION" ] \
    || refuse "the server is WildFly $version; this DRS is built for WildFly $REQUIRED_VERSION (Jakarta EE 10)"
}

# The addresses a configure-*.cli script adds, one per line.
resources_added_by() {
  sed -n 's/^\(\/[^(]*\):add(.*/\1/p' "$1"
}

# The scripts' operations in one batch, so that a failure anywhere changes nothing.
one_batch() {
  echo batch
  local script
  for script in "$@"; do
    grep -v '^batch$\|^run-batch$' "$here/$script"
  done
  echo run-batch
}

# Some additions take effect only after a reload; it pauses the server's applications for a few seconds.
reload_if_required() {
  if [ "$(cli_result ':read-attribute(name=server-state)')" = reload-required ]; then
    echo "The server needs a reload for the changes to take effect: reloading"
    cli --command=reload
  fi
}
