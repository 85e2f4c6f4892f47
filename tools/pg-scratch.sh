#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster in DIR, the recipe of tests/support/pgcluster.h for scripts
# such as tools/team-demo.sh: reachable only through its Unix socket in DIR (no TCP), trust
# authentication for the bootstrap role desk_owner, fsync off. initdb refuses to run as root, so
# as root the server runs as the postgres user (DIR is handed to it).
#   tools/pg-scratch.sh start DIR   initdb on first use, start; prints the connection variables
#   tools/pg-scratch.sh env DIR     prints them again: eval "$(tools/pg-scratch.sh env DIR)"
#   tools/pg-scratch.sh stop DIR    stops the server (DIR stays; remove it when done)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 start|stop|env DIR" >&2; exit 2; }
cmd=$1
dir=$(realpath -m "$2")
port=5432 # the socket sits in DIR, so this only names it and never clashes with another cluster
user=desk_owner
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/pg_ctl" ] || bin=$(pg_config --bindir 2>/dev/null || echo /nonexistent)
if [ ! -x "$bin/pg_ctl" ]; then
  echo "pg-scratch: PostgreSQL server programs not found: run tools/setup.sh" >&2; exit 1
fi
if [ $((${#dir} + 16)) -ge 107 ]; then
  echo "pg-scratch: $dir is too long for a socket path (107 bytes)" >&2; exit 1
fi
server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
print_env() {
  echo "export PGHOST='$dir' PGPORT=$port PGUSER=$user PGDATABASE=postgres"
  echo "export DESK_PG_URI='postgresql://$user@/postgres?host=$dir&port=$port'"
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      server "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync --no-instructions >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! server "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      # Same settings as the tests: durability off except synchronous_commit, so a killed server
      # keeps what was committed.
      (cd "$dir" && server "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
        -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off" start \
        >/dev/null) || { tail -20 "$dir/server.log" >&2; exit 1; }
    fi
    print_env ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      (cd "$dir" && server "$bin/pg_ctl" -D "$dir/data" -w -m fast stop >/dev/null)
    fi ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env DIR" >&2; exit 2 ;;
esac
