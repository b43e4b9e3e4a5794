#!/usr/bin/env bash
# Takes DRS out of a WildFly that install-drs.sh put it into, or tried to: undeploys drs.ear, removes in one batch
# whatever the install added that is still there (the operations of the remove-*.cli scripts of the scripts its
# record names, <config dir>/drs/installed.properties), and the management user the install created, if it did.
# Run again after a failure, it goes on from where it stopped. DRS's data stay unless --purge: its database, the
# local device's backups and staging under <data dir>/drs, registrations under <config dir>/drs, the security
# password file, the demo feature's data, and the logs under <log dir>/drs and <log dir>/drf.
#
# usage: uninstall-drs.sh <WildFly home> [--controller HOST:PORT] [--purge] [--reload]
#   --reload  reload the server without asking when the removal needs it (removing DrsDS does)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: uninstall-drs.sh <WildFly home> [--controller HOST:PORT] [--purge] [--reload]"
jboss_home=${1:?$usage}
shift
controller=localhost:9990
purge=false
reload=ask
while [ $# -gt 0 ]; do
  case "$1" in
    --controller) controller=${2:?$usage}; shift 2 ;;
    --purge) purge=true; shift ;;
    --reload) reload=yes; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

. "$here/drs-server.sh"

[ -f "$INSTALL_RECORD" ] || refuse "$INSTALL_RECORD is missing: install-drs.sh did not install DRS here, so what to\
 remove is not known (the embedded default of .ci/drs run is removed by deleting server/)"
record() {
  sed -n "s/^$1=//p" "$INSTALL_RECORD"
}
check_server any
if [ "$(record postgresql)" = true ]; then
  # DRS's PostgreSQL driver can go only once a reload took DrsDS out of the running server.
  decide_reload "DRS's database is on PostgreSQL: removing its driver needs a reload of the server"
  [ "$reload" = yes ] || refuse "DRS's database is on PostgreSQL, whose driver goes only after a reload: give --reload"
fi
demo=$(record demo)
admin=$(record admin.created)

if [ "$(cli_result '/deployment=drs.ear:read-attribute(name=name)' 2>/dev/null)" = drs.ear ]; then
  cli --command="undeploy drs.ear" || fail "drs.ear could not be undeployed (above); nothing else was changed"
fi

# The removals, last script first; the alarm scripts an administrator may have applied after the install come first.
operations=""
for script in $(record scripts) configure-alarm-syslog.cli configure-alarm-mail.cli; do
  operations="$(grep '^/' "$here/remove-${script#configure-}")
$operations"
done
# Only what is still there, so that a second run after a failure goes on from where the first stopped.
present=$(printf '%s\n' "$operations" | sed -n 's/^\(\/[^:]*\):.*/\1/p' | sort -u | existing) \
  || fail "jboss-cli could not look for DRS's resources (above); drs.ear is undeployed"
batch_file=$(mktemp -t drs-uninstall.XXXXXX.cli)
trap 'rm -f "$batch_file"' EXIT
# Extensions go after the batch: WildFly fails removing a subsystem whose extension the same batch removes.
still_there() {
  printf '%s\n' "$operations" | while read -r operation; do
    # A here-string, not a pipe: with pipefail, grep -q leaving early would fail printf's write (SIGPIPE).
    if [ -n "$operation" ] && grep -qxF "${operation%%:*}" <<< "$present"; then
      echo "$operation"
    fi
  done
}
removals=$(still_there)
{
  if [ -n "$(grep -v '^/extension=' <<< "$removals")" ]; then
    echo batch
    printf '%s\n' "$removals" | grep -v '^/extension='
    echo run-batch
  fi
  printf '%s\n' "$removals" | grep '^/extension=' || true
} > "$batch_file"
if [ -s "$batch_file" ]; then
  echo "Removing what $(record scripts | wc -w) scripts added, in one batch"
  cli_quiet --file="$batch_file" \
    || fail "the batch failed (above) and WildFly rolled it back; drs.ear is undeployed: run uninstall-drs.sh again once the cause is fixed"
fi
reload_if_required
# DRS's PostgreSQL driver goes once DrsDS, which used it, is gone from the running server too, i.e. after the reload.
if [ "$(cli_result '/subsystem=datasources/jdbc-driver=drs-postgresql:read-attribute(name=driver-name)' 2>/dev/null)" = drs-postgresql ]; then
  cli_quiet --command="/subsystem=datasources/jdbc-driver=drs-postgresql:remove" \
    || fail "DRS's PostgreSQL driver could not be removed (above): run uninstall-drs.sh again after a reload"
fi
if [ -d "$TAPE_MODULE" ]; then
  cli_quiet --command="module remove --name=org.drs.tape" || fail "the module org.drs.tape could not be removed (above)"
fi
if [ -d "$POSTGRESQL_MODULE" ]; then
  cli_quiet --command="module remove --name=org.drs.postgresql" || fail "the module org.drs.postgresql could not be removed (above)"
fi

if [ -n "$admin" ] && user_exists "$admin"; then
  remove_user "$admin"
  echo "Removed the management user $admin that the install created"
fi
rm -f "$INSTALL_RECORD" "$(users_before "$MGMT_USERS")" "$(users_before "$MGMT_GROUPS")"
data="$jboss_home/standalone/data"
if [ "$purge" = true ]; then
  rm -rf "$data/drs" "$jboss_home/standalone/configuration/drs" \
    "$jboss_home/standalone/configuration/drs-security-password" \
    "$jboss_home/standalone/log/drs" "$jboss_home/standalone/log/drf"
  [ "$demo" != true ] || rm -rf "$data/demo"
  echo "DRS is removed, with its data."
else
  echo "DRS is removed. Kept: $data/drs (its database, the local device's backups, staging),"
  echo "  $jboss_home/standalone/configuration/drs (registrations), the security password file beside it,"
  echo "  and the logs under $jboss_home/standalone/log/drs and drf. --purge removes them."
fi
