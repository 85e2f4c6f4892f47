#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Team mode with the Windows programs, run by `tools/windows.sh team` inside Xvfb: a throw-away
# PostgreSQL 15 on 127.0.0.1 (TCP, SCRAM passwords, as a team server is reached from Windows
# PCs), the Windows simulator, and under Wine the Windows CLI for team-init, the people, the
# OA service's join (its password and service key in Wine's Credential Manager) and `serve`; a
# staff member's `reply --wait` is sent by the Windows service; the Windows desk opens the team
# database and keeps a picture.
#   DESK_WINDOWS_PREFIX=… DESK_WINE_PREFIX=… DESK_BUILD=build/windows DESK_OUT=… windows-team-smoke.sh
set -euo pipefail
: "${DESK_WINDOWS_PREFIX:?}" "${DESK_WINE_PREFIX:?}" "${DESK_BUILD:?}" "${DESK_OUT:?}"
here=$(cd "$(dirname "$0")" && pwd)
run() { "$here/wine-test.sh" "$@"; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }
fail() { echo "team smoke: FAILED: $*" >&2; exit 1; }
ok() { echo "team smoke: ok: $*"; }
cli=$DESK_BUILD/advisory-desk-cli.exe
desk=$DESK_BUILD/advisory-desk.exe
sim=$DESK_BUILD/zalo-oa-sim.exe

tmp=$(mktemp -d /tmp/deskwin.XXXXXX)
chmod 755 "$tmp"
pids=()
server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
bin=/usr/lib/postgresql/15/bin
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  WINEPREFIX=$DESK_WINE_PREFIX wineserver -k 2>/dev/null || true
  server "$bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# PostgreSQL on a free TCP port of 127.0.0.1 with SCRAM passwords.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'owner-pass-2026\n' > "$tmp/pw"
[ "$(id -u)" -ne 0 ] || chown -R postgres: "$tmp"
server "$bin/initdb" -D "$tmp/data" -U desk_owner --pwfile="$tmp/pw" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
server "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/pg.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c full_page_writes=off" start >/dev/null
psql -q -h "$tmp" -p "$port" -U desk_owner -d postgres -c "CREATE DATABASE team"
ok "PostgreSQL on 127.0.0.1:$port"
sql() { psql -Atq -h "$tmp" -p "$port" -U desk_owner -d team -c "$1"; }

WINEPREFIX=$DESK_WINE_PREFIX wineserver -p
# Wine's background services start with the first program and keep its output open (a pipe
# read by $(...) would never end): start them with nothing to hold.
run cmd.exe /c exit >/dev/null 2>&1
run "$sim" --citizens 12 > "$tmp/sim.json" 2>"$tmp/sim.log" &
pids+=($!)
for _ in $(seq 300); do [ -s "$tmp/sim.json" ] && break; sleep 0.1; done
field() { python3 -c "import json,sys; print(json.load(open('$tmp/sim.json'))['$1'])"; }
base=$(field base_url)
ok "Windows simulator at $base"

owner="postgresql://desk_owner@127.0.0.1:$port/team"
db="postgresql://127.0.0.1:$port/team"
key=$(printf 'owner-pass-2026\n' | run "$cli" team-init --db "$owner" --password-stdin |
      tr -d '\r' | sed -n 's/^service-key: //p')
[ -n "$key" ] || fail "team-init printed no service key"
ok "team-init by the Windows CLI"
add() {
  # The new login's password first, then the owner's (--password-stdin).
  printf '%s\n%s\n' "$4" "owner-pass-2026" |
    run "$cli" team-user add "$1" --name "$2" --role "$3" --db "$owner" --password-stdin >/dev/null ||
    fail "team-user add $1"
}
add oa_service "Dịch vụ Zalo OA" service "win-service-2026"
add lan "Nguyễn Thị Lan" staff "win-lan-2026"

printf 'win-service-2026\n%s\n' "$key" |
  run "$cli" join --profile "$(winpath "$tmp/service")" --db "$db" --user oa_service >/dev/null ||
  fail "join as the service (keychain: Wine's Credential Manager)"
printf '%s\n%s\n%s\n' "$(field secret_key)" "$(field access_token)" "$(field refresh_token)" |
  run "$cli" setup --profile "$(winpath "$tmp/service")" --api-base "$base" --oauth-base "$base" \
    --app-id "$(field app_id)" --secret-key - --access-token - --refresh-token - >/dev/null ||
  fail "setup of the OA credentials into the team database"
printf 'win-lan-2026\n' |
  run "$cli" join --profile "$(winpath "$tmp/lan")" --db "$db" --user lan >/dev/null ||
  fail "join as a staff member"
ok "service and staff profiles joined"

started=$(date +%s)
run "$cli" serve --profile "$(winpath "$tmp/service")" --interval-ms 2000 > "$tmp/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 600); do
  [ "$(sql "SELECT count(*) FROM cases" 2>/dev/null || echo 0)" -gt 0 ] && break
  sleep 0.2
done
cases=$(sql "SELECT count(*) FROM cases")
[ "$cases" -gt 0 ] || { tail -20 "$tmp/serve.log"; fail "the Windows service synced nothing"; }
ok "the Windows OA service synced $cases cases in $(( $(date +%s) - started )) s"

code=$(sql "SELECT code FROM cases ORDER BY id LIMIT 1")
run "$cli" reply --profile "$(winpath "$tmp/lan")" "$code" --wait \
  --text "Chào anh/chị, Trung tâm đã nhận hồ sơ và sẽ trả lời trong 3 ngày làm việc." \
  > "$tmp/reply.log" 2>&1 || { cat "$tmp/reply.log"; fail "reply --wait on $code"; }
sent=$(sql "SELECT count(*) FROM outbox WHERE state = 'sent'")
[ "$sent" -ge 1 ] || fail "no reply marked sent"
ok "a reply queued by lan was sent by the Windows service ($code)"

WINEQT_QPA_PLATFORM=offscreen run "$desk" --profile "$(winpath "$tmp/lan")" --window-size 1366x768 \
  --screenshot "$(winpath "$DESK_OUT/team-desk-lan.png")" || fail "the Windows desk on the team database"
ok "the Windows desk opened the team database: $DESK_OUT/team-desk-lan.png"
