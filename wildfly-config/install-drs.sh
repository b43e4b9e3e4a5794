#!/usr/bin/env bash
# Installs DRS into a WildFly 39 that runs already, as its administrator would by hand: checks the server's version
# and the subsystems DRS needs, refuses (changing nothing) when one is missing or when a resource DRS adds exists
# already under the same name, applies the configure-*.cli scripts online in one batch, creates the DRS
# administrator and the security password, and deploys drs.ear with jboss-cli, so it shows in the console like any
# other deployment. uninstall-drs.sh undoes it; the README lists every resource it adds.
#
# usage: install-drs.sh <WildFly home> <drs.ear> [--controller HOST:PORT] [--audit | --no-audit] [--demo]
#                       [--postgresql PROPERTIES]
#   --controller  the management interface (default localhost:9990); jboss-cli logs in as the server's local user
#   --audit       also record every login of DRS and the console in drs-audit.log (configure-audit.cli): it sets
#                 ManagementDomain's security-event-listener, a server-wide setting, so it is asked for, and never
#                 replaces a listener the server has
#   --demo        also install the demo feature (files and an H2 database to back up)
#   --postgresql  keep DRS's database on PostgreSQL (use-postgresql.cli; the file gives its drs.postgresql.* values)
# DRS_ADMIN_USER / DRS_ADMIN_PASSWORD and DRS_SECURITY_PASSWORD are read as by add-admin.sh and
# set-security-password.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: install-drs.sh <WildFly home> <drs.ear> [--controller HOST:PORT] [--audit | --no-audit] [--demo] [--postgresql PROPERTIES]"
jboss_home=${1:?$usage}
ear=${2:?$usage}
shift 2
controller=localhost:9990
audit=ask
demo=false
postgresql=""
while [ $# -gt 0 ]; do
  case "$1" in
    --controller) controller=${2:?$usage}; shift 2 ;;
    --audit) audit=yes; shift ;;
    --no-audit) audit=no; shift ;;
    --demo) demo=true; shift ;;
    --postgresql) postgresql=${2:?$usage}; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

. "$here/drs-server.sh"

[ -f "$ear" ] || refuse "$ear is not a file: build it first (mvn install, or .ci/drs install)"
[ -z "$postgresql" ] || [ -f "$postgresql" ] || refuse "$postgresql is not a file of drs.postgresql.* properties"

check_server_version
missing=$(cli_lines "$(for subsystem in $REQUIRED_SUBSYSTEMS; do
  printf 'if (outcome != success) of /subsystem=%s:read-resource\n  echo %s\nend-if\n' "$subsystem" "$subsystem"
done)")
[ -z "$missing" ] || refuse "the server lacks the subsystem(s) $(echo $missing) that DRS needs: start it with\
 standalone-full.xml (DRS uses nothing else of it; standalone.xml lacks only messaging-activemq and iiop-openjdk)"

scripts="configure-datasource.cli configure-batch.cli configure-timers.cli configure-security.cli"
scripts="$scripts configure-web-headers.cli configure-logging.cli configure-drs.cli"
listener=$(cli_result '/subsystem=elytron/security-domain=ManagementDomain:read-attribute(name=security-event-listener)')
if [ "$audit" = ask ]; then
  audit=no
  if [ -t 0 ] && [ "$listener" = undefined ]; then
    read -r -p "Record every login of DRS and the console in drs-audit.log? It sets ManagementDomain's security-event-listener (server-wide) [y/N] " answer
    [ "$answer" = y ] && audit=yes
  fi
fi
if [ "$audit" = yes ]; then
  [ "$listener" = undefined ] || refuse "ManagementDomain has the security-event-listener $listener already:\
 DRS does not replace it; install without --audit"
  scripts="$scripts configure-audit.cli"
fi
[ "$demo" = false ] || scripts="$scripts configure-demo.cli"

present=$(cli_lines "$(for script in $scripts; do resources_added_by "$here/$script"; done | while read -r address; do
  printf 'if (outcome == success) of %s:read-resource\n  echo %s\nend-if\n' "$address" "$address"
done)
if (outcome == success) of /deployment=drs.ear:read-resource
  echo /deployment=drs.ear
end-if")
if [ -n "$present" ]; then
  detail=""
  if echo "$present" | grep -q 'data-source=DrsDS$'; then
    detail=" (DrsDS: $(cli_result '/subsystem=datasources/data-source=DrsDS:read-attribute(name=connection-url)'))"
  fi
  refuse "the server has already: $(echo $present)$detail. DRS never overwrites a resource of yours under the same\
 name: remove or rename it, or, if an earlier DRS made it, run uninstall-drs.sh first"
fi
[ -z "$postgresql" ] || [ ! -d "$jboss_home/modules/org/drs/postgresql" ] \
  || refuse "the module org.drs.postgresql exists already: run uninstall-drs.sh first"
admin_user=${DRS_ADMIN_USER:-admin}
admin_created=""
if ! grep -Eq '^[^#].*=(.*,)?drs-admin(,.*)?$' "$MGMT_GROUPS"; then
  grep -q "^$admin_user=" "$MGMT_USERS" && refuse "the management user $admin_user exists and is not in the group\
 drs-admin: add the group to it yourself (add-user.sh -u $admin_user -g <its groups>,drs-admin) or set DRS_ADMIN_USER\
 to a new name"
  admin_created=$admin_user
fi

batch_file=$(mktemp -t drs-install.XXXXXX.cli)
trap 'rm -f "$batch_file"' EXIT
one_batch $scripts > "$batch_file"
echo "Applying $(echo $scripts) in one batch"
cli --file="$batch_file" >/dev/null || refuse "the batch failed (above); WildFly rolled it back"
if [ -n "$postgresql" ]; then
  cli --file="$here/use-postgresql.cli" --properties="$postgresql" --resolve-parameter-values >/dev/null
fi
reload_if_required

bash "$here/add-admin.sh" "$jboss_home"
bash "$here/set-security-password.sh" "$jboss_home"
mkdir -p "$jboss_home/standalone/configuration/drs/registration"
[ "$demo" = false ] || bash "$here/install-demo-feature.sh" "$jboss_home"
cat > "$INSTALL_RECORD" <<RECORD
# What install-drs.sh did on $(date -u +%FT%TZ), for uninstall-drs.sh to undo exactly that.
scripts=$scripts
postgresql=$([ -n "$postgresql" ] && echo true || echo false)
admin.created=$admin_created
RECORD

cli --command="deploy $ear --name=drs.ear"
echo "DRS is deployed as drs.ear: https://<this server>:8443/drs (the server's HTTPS listener), JMX on $controller."
