#!/usr/bin/env bash
# Installs the demo feature of the embedded default, so DRS has real data to back up from the first start:
# a directory of sample files, an H2 database with sample rows (datasource DemoDS, configure-demo.cli) and the
# feature's registration descriptor. Leaves data that exists alone.
set -euo pipefail
jboss_home=${1:?usage: install-demo-feature.sh <WildFly home>}
here=$(cd "$(dirname "$0")" && pwd)
data="$jboss_home/standalone/data/demo"
registration="$jboss_home/standalone/configuration/drs/registration"

mkdir -p "$registration"
cp "$here/demo/demo-registration.xml" "$registration/demo.xml"

if [ ! -d "$data/files" ]; then
  mkdir -p "$data/files/reports" "$data/files/config"
  printf 'Demo feature of DRS: these files are backed up by its FILES component.\n' > "$data/files/README.txt"
  for month in 01 02 03; do
    seq 1 2000 | sed "s/^/2026-$month report line /" > "$data/files/reports/2026-$month.txt"
  done
  printf 'greeting=hello\nretries=3\n' > "$data/files/config/app.properties"
  head -c 262144 /dev/urandom > "$data/files/config/keystore.bin"
fi

if [ ! -f "$data/demodb.mv.db" ]; then
  h2_jar=$(ls "$jboss_home"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -n 1)
  java -cp "$h2_jar" org.h2.tools.RunScript -url "jdbc:h2:file:$data/demodb" -user sa \
    -script "$here/demo/demo-database.sql"
fi
echo "Demo feature installed: $data"
