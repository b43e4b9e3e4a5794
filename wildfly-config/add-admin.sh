#!/usr/bin/env bash
# Creates the DRS administrator at first start: a WildFly management user in the group drs-admin.
# The account is DRS_ADMIN_USER (default admin) with DRS_ADMIN_PASSWORD; without that variable a random password
# is made and printed once. Does nothing when a drs-admin user exists already.
# With DRS_ADMIN_HANDOVER set to a file, nothing is printed: the file (readable by its owner only) says what
# happened — "generated <user> <password>", "environment <user>" or "unchanged <user>" — for .ci/drs run to print
# at its end and then remove. A generated password not shown yet is only ever replaced by a newer one.
set -euo pipefail
jboss_home=${1:?usage: add-admin.sh <WildFly home>}
groups_file="$jboss_home/standalone/configuration/mgmt-groups.properties"
handover=${DRS_ADMIN_HANDOVER:-}

hand_over() {
  if [ -n "$handover" ] && { [ "$1" = generated ] || ! grep -q '^generated ' "$handover" 2>/dev/null; }; then
    (umask 077 && printf '%s\n' "$*" > "$handover")
  fi
}

existing=$(sed -n -E 's/^([^#][^=]*)=(.*,)?drs-admin(,.*)?$/\1/p' "$groups_file" | head -n 1)
if [ -n "$existing" ]; then
  echo "DRS administrator already present in $groups_file"
  hand_over unchanged "$existing"
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

if [ "$generated" = true ] && [ -n "$handover" ]; then
  hand_over generated "$user" "$password"
elif [ "$generated" = true ]; then
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
  hand_over environment "$user"
fi
