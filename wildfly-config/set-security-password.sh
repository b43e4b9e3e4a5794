#!/usr/bin/env bash
# Sets the DRS security password of a server: the key under which device passwords and keys are sealed in the
# database, in drfDevice.xml and in backups. A server rebuilt with the same security password opens them again.
# DRS_SECURITY_PASSWORD sets or changes it; without that variable a present password is kept, and a first one is
# made at random and printed once: write it down, a rebuilt server needs it.
set -euo pipefail
jboss_home=${1:?usage: set-security-password.sh <WildFly home>}
file="$jboss_home/standalone/configuration/drs-security-password"

if [ -n "${DRS_SECURITY_PASSWORD:-}" ]; then
  if [ -f "$file" ] && [ "$(cat "$file")" != "$DRS_SECURITY_PASSWORD" ]; then
    echo "DRS security password changed: enter each device's password again (Backup Device > Edit Selected)"
  fi
  (umask 077 && printf '%s' "$DRS_SECURITY_PASSWORD" > "$file")
  exit 0
fi

if [ -f "$file" ]; then
  echo "DRS security password already set in $file"
  exit 0
fi

password="$(head -c 512 /dev/urandom | tr -dc 'A-Za-z0-9' | head -c 24)"
(umask 077 && printf '%s' "$password" > "$file")
cat <<MSG

============================================================================
 DRS security password created. It is shown only this once:
   $password
 Keep it with your recovery documents: a rebuilt server installed with
 DRS_SECURITY_PASSWORD set to it restores devices with their passwords.
============================================================================

MSG
