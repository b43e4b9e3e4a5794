#!/usr/bin/env bash
# Takes DRS out of a WildFly that install-drs.sh put it into: undeploys drs.ear, applies the remove-*.cli scripts of
# exactly what the install applied (its record, <config dir>/drs/installed.properties), and removes the DRS
# administrator if the install created it. DRS's data stay unless --purge: its database, the local device's backups
# and staging under <data dir>/drs, registrations under <config dir>/drs, the security password file, and the logs
# under <log dir>/drs and <log dir>/drf.
#
# usage: uninstall-drs.sh <WildFly home> [--controller HOST:PORT] [--purge]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: uninstall-drs.sh <WildFly home> [--controller HOST:PORT] [--purge]"
jboss_home=${1:?$usage}
shift
controller=localhost:9990
purge=false
while [ $# -gt 0 ]; do
  case "$1" in
    --controller) controller=${2:?$usage}; shift 2 ;;
    --purge) purge=true; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

. "$here/drs-server.sh"

[ -f "$INSTALL_RECORD" ] || refuse "$INSTALL_RECORD is missing: install-drs.sh did not install DRS here, so what to\
 remove is not known (the embedded default of .ci/drs run is removed by deleting server/)"
check_server_version
record() {
  sed -n "s/^$1=//p" "$INSTALL_RECORD"
}
removals=""
for script in $(record scripts); do
  removals="remove-${script#configure-} $removals"
done

if [ "$(cli_result '/deployment=drs.ear:read-attribute(name=name)')" = drs.ear ]; then
  cli --command="undeploy drs.ear"
fi
if [ "$(record postgresql)" = true ]; then
  cli --file="$here/remove-postgresql.cli" >/dev/null
fi
batch_file=$(mktemp -t drs-uninstall.XXXXXX.cli)
trap 'rm -f "$batch_file"' EXIT
one_batch $removals > "$batch_file"
echo "Applying $(echo $removals) in one batch"
cli --file="$batch_file" >/dev/null || refuse "the batch failed (above); WildFly rolled it back"
reload_if_required

admin=$(record admin.created)
if [ -n "$admin" ]; then
  sed -i "/^$admin=/d" "$MGMT_USERS" "$MGMT_GROUPS"
  echo "Removed the management user $admin that the install created"
fi
rm -f "$INSTALL_RECORD"
data="$jboss_home/standalone/data"
if [ "$purge" = true ]; then
  rm -rf "$data/drs" "$data/demo" "$jboss_home/standalone/configuration/drs" \
    "$jboss_home/standalone/configuration/drs-security-password" \
    "$jboss_home/standalone/log/drs" "$jboss_home/standalone/log/drf"
  echo "DRS is removed, with its data."
else
  echo "DRS is removed. Kept: $data/drs (its database, the local device's backups, staging),"
  echo "  $jboss_home/standalone/configuration/drs (registrations), the security password file beside it,"
  echo "  and the logs under $jboss_home/standalone/log/drs and drf. --purge removes them."
fi
