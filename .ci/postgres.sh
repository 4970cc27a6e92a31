#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and local runs: a temp folder, a free local port, trust auth.
#   eval "$(.ci/postgres.sh start)"   # starts it; sets ZONEBOT_TEST_POSTGRES (a connection string) and ZONEBOT_POSTGRES_DIR
#   .ci/postgres.sh stop              # stops it and deletes its folder (ZONEBOT_POSTGRES_DIR, or the folder given)
# Needs Debian's postgresql package (apt-get install -y postgresql); nothing is installed or left running system-wide.
set -euo pipefail

bin=${ZONEBOT_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

# initdb refuses to run as root: as root, run the server as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

free_port() {
  local port
  for port in $(seq $((54320 + RANDOM % 500)) 55999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

start() {
  if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed ($bin/initdb is missing): apt-get install -y postgresql" >&2
    exit 1
  fi
  # Not under /root: the postgres user could not read it.
  local dir port
  dir=$(mktemp -d /tmp/zonebot-postgres.XXXXXX)
  port=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
  fi
  as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/pg.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >&2 ||
    { cat "$dir/pg.log" >&2; exit 1; }
  echo "PostgreSQL on 127.0.0.1:$port, data in $dir" >&2
  echo "export ZONEBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
  echo "export ZONEBOT_POSTGRES_DIR='$dir'"
}

stop() {
  local dir=${1:-${ZONEBOT_POSTGRES_DIR:-}}
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "No cluster folder to stop (give it, or set ZONEBOT_POSTGRES_DIR)" >&2
    exit 1
  fi
  as_owner "'$bin/pg_ctl' -D '$dir/data' -m immediate -w stop" >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [folder]" >&2; exit 2 ;;
esac
