#!/usr/bin/env bash
# Installs DRS into a WildFly 39 that runs already, as its administrator would by hand: checks the server's version
# and the subsystems DRS needs, refuses (changing nothing) when one is missing or when a resource DRS adds exists
# already under the same name, applies the configure-*.cli scripts online in one batch, creates the DRS
# administrator and the security password, and deploys drs.ear with jboss-cli, so it shows in the console like any
# other deployment. The tape library goes in as the module org.drs.tape (configure-tape.cli), from the tape-module
# directory a build leaves beside drs.ear. uninstall-drs.sh undoes it; the README lists every resource it adds.
#
# usage: install-drs.sh <WildFly home> <drs.ear> [--controller HOST:PORT] [--audit | --no-audit] [--demo]
#                       [--postgresql PROPERTIES] [--reload]
#   --controller  the management interface (default localhost:9990); jboss-cli logs in as the server's local user
#   --audit       also record every login of DRS and the console in drs-audit.log (configure-audit.cli): it sets
#                 ManagementDomain's security-event-listener, a server-wide setting, so it is asked for, and never
#                 replaces a listener the server has
#   --demo        also install the demo feature (files and an H2 database to back up)
#   --postgresql  keep DRS's database on PostgreSQL (use-postgresql.cli; the file gives its drs.postgresql.* values)
#   --reload      reload the server without asking when a change needs it (--audit and --postgresql do, and adding
#                 the Micrometer subsystem for DRS's metrics does, unless the server has it already)
# Everything the configure-*.cli scripts add goes in one batch, which WildFly rolls back as a whole if a step fails;
# --postgresql then switches DrsDS in a second one and reloads. The install is recorded before the first change, so
# that uninstall-drs.sh can take out whatever a failure left.
# DRS_ADMIN_USER / DRS_ADMIN_PASSWORD and DRS_SECURITY_PASSWORD are read as by add-admin.sh and
# set-security-password.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: install-drs.sh <WildFly home> <drs.ear> [--controller HOST:PORT] [--audit | --no-audit] [--demo] [--postgresql PROPERTIES] [--reload]"
jboss_home=${1:?$usage}
ear=${2:?$usage}
shift 2
controller=localhost:9990
audit=ask
demo=false
postgresql=""
reload=ask
while [ $# -gt 0 ]; do
  case "$1" in
    --controller) controller=${2:?$usage}; shift 2 ;;
    --audit) audit=yes; shift ;;
    --no-audit) audit=no; shift ;;
    --demo) demo=true; shift ;;
    --postgresql) postgresql=${2:?$usage}; shift 2 ;;
    --reload) reload=yes; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

. "$here/drs-server.sh"

[ -f "$ear" ] || refuse "$ear is not a file: build it first (mvn install, or .ci/drs install)"
tape_module=$(dirname "$ear")/tape-module
[ -f "$tape_module/drs-tape-jni.jar" ] && [ -f "$tape_module/lib/linux-x86_64/libdrstape.so" ] \
  || refuse "the tape library is not beside $ear (tape-module/drs-tape-jni.jar and tape-module/lib): build it first"
[ ! -e "$TAPE_MODULE" ] || refuse "the module org.drs.tape exists already ($TAPE_MODULE)"
postgresql_value() {
  sed -n "s/^drs\.postgresql\.$1=//p" "$postgresql" | tail -n 1
}
if [ -n "$postgresql" ]; then
  [ -f "$postgresql" ] || refuse "$postgresql is not a file of drs.postgresql.* properties"
  for key in driver url user password; do
    [ -n "$(postgresql_value "$key")" ] || refuse "$postgresql has no drs.postgresql.$key"
    case "$(postgresql_value "$key")" in
      *'"'* | *'\'*) refuse "drs.postgresql.$key in $postgresql has a \" or a \\, which the WildFly CLI cannot take" ;;
    esac
  done
  [ -f "$(postgresql_value driver)" ] || refuse "the PostgreSQL driver $(postgresql_value driver) is not a file"
  [ ! -e "$POSTGRESQL_MODULE" ] || refuse "the module org.drs.postgresql exists already ($POSTGRESQL_MODULE)"
fi

check_server
if [ -n "$postgresql" ]; then
  # DrsDS is made on H2 and then switched, which takes effect at a reload: DRS must not start before it.
  decide_reload "--postgresql switches DrsDS to PostgreSQL, which needs a reload of the server"
  [ "$reload" = yes ] || refuse "--postgresql needs a reload of the server before DRS starts: give --reload"
fi
missing=$(cli_lines "$(for subsystem in $REQUIRED_SUBSYSTEMS; do
  printf 'if (outcome != success) of /subsystem=%s:read-resource\n  echo %s\nend-if\n' "$subsystem" "$subsystem"
done)") || refuse "jboss-cli could not read the server's subsystems (above)"
[ -z "$missing" ] || refuse "the server lacks the subsystem(s) $(echo $missing) that DRS needs: start it with\
 standalone-full.xml (DRS uses nothing else of it; standalone.xml lacks only messaging-activemq and iiop-openjdk)"

scripts="configure-datasource.cli configure-batch.cli configure-timers.cli configure-security.cli"
scripts="$scripts configure-web-headers.cli configure-logging.cli configure-drs.cli"
listener=$(cli_result '/subsystem=elytron/security-domain=ManagementDomain:read-attribute(name=security-event-listener)') \
  || refuse "jboss-cli could not read ManagementDomain's security-event-listener (above)"
if [ "$audit" = ask ]; then
  audit=no
  if [ -t 0 ] && [ "$listener" = undefined ]; then
    read -r -p "Record every login of DRS and the console in drs-audit.log? It sets ManagementDomain's security-event-listener (server-wide; needs a reload) [y/N] " answer
    [ "$answer" = y ] && audit=yes
  fi
fi
if [ "$audit" = yes ]; then
  [ "$listener" = undefined ] || refuse "ManagementDomain has the security-event-listener $listener already:\
 DRS does not replace it; install without --audit"
  scripts="$scripts configure-audit.cli"
fi
[ "$demo" = false ] || scripts="$scripts configure-demo.cli"
micrometer=$(echo /subsystem=micrometer | existing) || refuse "jboss-cli could not look for the micrometer subsystem (above)"
if [ -z "$micrometer" ]; then
  scripts="$scripts configure-metrics.cli"
else
  echo "The server has the micrometer subsystem already: DRS's metrics join its registry, which stays as it is"
fi

present=$({
  for script in $scripts; do resources_added_by "$here/$script"; done
  echo /subsystem=datasources/jdbc-driver=drs-postgresql
  echo /deployment=drs.ear
} | existing) || refuse "jboss-cli could not look for DRS's resources (above)"
if [ -n "$present" ]; then
  detail=""
  if grep -q 'data-source=DrsDS$' <<< "$present"; then
    detail=" (DrsDS: $(cli_result '/subsystem=datasources/data-source=DrsDS:read-attribute(name=connection-url)'))"
  fi
  refuse "the server has already: $(echo $present)$detail. DRS never overwrites a resource of yours under the same\
 name: remove or rename it, or, if an earlier DRS made it, run uninstall-drs.sh first"
fi
if [ -z "$micrometer" ]; then
  # WildFly gives deployments Micrometer only once a reload started the subsystem: DRS needs it to deploy.
  decide_reload "DRS's metrics need WildFly's Micrometer subsystem, which starts only at a reload of the server"
  [ "$reload" = yes ] || refuse "the server has no Micrometer subsystem; DRS adds it for its metrics, which takes a\
 reload before DRS can be deployed: give --reload (its applications pause for a few seconds), or add Micrometer\
 yourself first (wildfly-config/configure-metrics.cli, then a reload)"
fi
admin_user=${DRS_ADMIN_USER:-admin}
admin_created=""
if ! grep -Eq '^[^#].*=(.*,)?drs-admin(,.*)?$' "$MGMT_GROUPS"; then
  ! user_exists "$admin_user" || refuse "the management user $admin_user exists and is not in the group drs-admin:\
 add the group to it yourself (add-user.sh -u $admin_user -g <its groups>,drs-admin) or set DRS_ADMIN_USER to a new name"
  admin_created=$admin_user
fi

# From here on the server changes: the record comes first, so that uninstall-drs.sh can undo a failure.
mkdir -p "$(dirname "$INSTALL_RECORD")/registration"
cat > "$INSTALL_RECORD" <<RECORD
# What install-drs.sh did on $(date -u +%FT%TZ), for uninstall-drs.sh to undo exactly that.
scripts=$scripts
postgresql=$([ -n "$postgresql" ] && echo true || echo false)
demo=$demo
admin.created=$admin_created
RECORD
work=$(mktemp -d -t drs-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
one_batch $scripts > "$work/install.cli"
echo "Applying $(echo $scripts) in one batch"
cli_quiet --file="$work/install.cli" \
  || fail "the batch failed (above) and WildFly rolled it back: run uninstall-drs.sh to remove the rest"
script_with_values configure-tape.cli "drs.tape.jar=$tape_module/drs-tape-jni.jar" \
  "drs.tape.natives=$tape_module/lib" > "$work/tape.cli"
echo "Applying configure-tape.cli"
cli_quiet --file="$work/tape.cli" || fail "the tape library's module could not be added (above): run uninstall-drs.sh"
if [ -n "$postgresql" ]; then
  cli --command="module add --name=org.drs.postgresql --resources=$(postgresql_value driver) --dependencies=java.logging,java.sql,java.xml,java.naming,jakarta.transaction.api" \
    || fail "the PostgreSQL driver could not be added as a module (above): run uninstall-drs.sh"
  # use-postgresql.cli's batch (its module was added just above), with the file's values.
  script_with_values use-postgresql.cli "drs.postgresql.url=$(postgresql_value url)" \
    "drs.postgresql.user=$(postgresql_value user)" "drs.postgresql.password=$(postgresql_value password)" \
    | grep -v '^module ' > "$work/postgresql.cli"
  echo "Applying use-postgresql.cli"
  cli_quiet --file="$work/postgresql.cli" \
    || fail "use-postgresql.cli failed (above) and WildFly rolled it back: run uninstall-drs.sh to remove the rest"
fi
reload_if_required

[ -z "$admin_created" ] || keep_users_files
bash "$here/add-admin.sh" "$jboss_home" || fail "the DRS administrator could not be created (above): run uninstall-drs.sh"
bash "$here/set-security-password.sh" "$jboss_home" || fail "the security password could not be set (above): run uninstall-drs.sh"
[ "$demo" = false ] || bash "$here/install-demo-feature.sh" "$jboss_home" \
  || fail "the demo feature could not be installed (above): run uninstall-drs.sh"
cp "$ear" "$work/drs.ear"
cli --command="deploy $work/drs.ear --name=drs.ear" \
  || fail "drs.ear could not be deployed (above); its configuration is in place: uninstall-drs.sh removes it"
echo "DRS is deployed as drs.ear: https://<this server>:8443/drs (the server's HTTPS listener), JMX on $controller."
