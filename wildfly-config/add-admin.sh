#!/usr/bin/env bash
# Creates the DRS administrator at first start: a WildFly management user in the group drs-admin.
# The account is DRS_ADMIN_USER (default admin) with DRS_ADMIN_PASSWORD; without that variable a random password
# is made and printed once. Does nothing when a drs-admin user exists already.
set -euo pipefail
jboss_home=${1:?usage: add-admin.sh <WildFly home>}
groups_file="$jboss_home/standalone/configuration/mgmt-groups.properties"

if grep -Eq '^[^#].*=(.*,)?drs-admin(,.*)?$' "$groups_file"; then
  echo "DRS administrator already present in $groups_file"
  exit 0
fi

user=${DRS_ADMIN_USER:-admin}
password=${DRS_ADMIN_PASSWORD:-}
generated=false
if [ -z "$password" ]; then
  password="$(head -c 512 /dev/urandom | tr -dc 'A-Za-z0-9' | head -c 20)"
  generated=true
fi

"$jboss_home/bin/add-user.sh" -s -r ManagementRealm -u "$user" -p "$password" -g drs-admin

if [ "$generated" = true ]; then
  cat <<MSG

============================================================================
 DRS administrator created. It is shown only this once:
   user:     $user
   password: $password
 Log in at https://localhost:8443/drs and at the console on :9990.
 Change it with: $jboss_home/bin/add-user.sh -u $user -p <new password>
============================================================================

MSG
else
  echo "DRS administrator '$user' created with the password from DRS_ADMIN_PASSWORD"
fi
