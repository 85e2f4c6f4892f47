#!/usr/bin/env bash
# Team mode on one machine: a throw-away PostgreSQL 15 cluster in a temporary folder, the Zalo OA
# simulator, the team's OA service (`serve`) and two desks signed in as two staff members,
# Nguyễn Thị Lan and Trần Văn Minh, side by side. Everything lives in the temporary folder and is
# stopped when the script ends; nothing touches a real profile, database or keychain (the
# profiles keep their secrets in 0600 files there, as a headless host would).
#   ./tools/team-demo.sh                  # opens the two desks (close them to end the demo)
#   ./tools/team-demo.sh --screenshots D  # offscreen: writes D/team-lan.png and D/team-minh.png
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

shots=""
if [ "${1:-}" = "--screenshots" ]; then shots=$(realpath -m "${2:?folder for the screenshots}"); fi
if [ -z "$shots" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "team-demo: no display found; rendering offscreen to ./team-lan.png and ./team-minh.png"
  shots=$root
fi

./tools/setup.sh
preset=${DESK_PRESET:-dev} # DESK_PRESET=ci reuses the test build
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)" --target advisory-desk advisory-desk-cli zalo-oa-sim
bin=$root/build/$preset/src
cli=$bin/cli/advisory-desk-cli

tmp=$(mktemp -d /tmp/deskteam.XXXXXX) # short: the server's socket lives here
chmod 755 "$tmp"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$root/tools/pg-scratch.sh" stop "$tmp/pg" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "team-demo: PostgreSQL in $tmp/pg"
eval "$("$root/tools/pg-scratch.sh" start "$tmp/pg")"
psql -q -c "CREATE DATABASE team" >/dev/null
owner="postgresql://desk_owner@/team?host=$tmp/pg&port=5432"
db="postgresql:///team?host=$tmp/pg&port=5432"

"$bin/sim/zalo-oa-sim" --citizens 40 --live --live-interval-ms 15000 >"$tmp/sim.json" &
pids+=($!)
for _ in $(seq 100); do [ -s "$tmp/sim.json" ] && break; sleep 0.1; done
field() { python3 -c "import json,sys; print(json.load(open('$tmp/sim.json'))['$1'])"; }
base=$(field base_url)

key=$("$cli" team-init --db "$owner" | sed -n 's/^service-key: //p')
[ -n "$key" ] || { echo "team-demo: team-init printed no service key" >&2; exit 1; }
add() { printf '%s\n' "$4" | "$cli" team-user add "$1" --name "$2" --role "$3" --db "$owner" >/dev/null; }
add oa_service "Dịch vụ Zalo OA" service "demo-service-2026"
add lan "Nguyễn Thị Lan" staff "demo-lan-2026"
add minh "Trần Văn Minh" staff "demo-minh-2026"

printf 'demo-service-2026\n%s\n' "$key" | "$cli" join --profile "$tmp/service" --db "$db" \
  --user oa_service --secrets-file "$tmp/service.secrets" >/dev/null
printf '%s\n%s\n%s\n' "$(field secret_key)" "$(field access_token)" "$(field refresh_token)" \
  | "$cli" setup --profile "$tmp/service" --api-base "$base" --oauth-base "$base" \
    --app-id "$(field app_id)" --secret-key - --access-token - --refresh-token - >/dev/null
for person in lan minh; do
  printf 'demo-%s-2026\n' "$person" | "$cli" join --profile "$tmp/$person" --db "$db" --user "$person" \
    --secrets-file "$tmp/$person.secrets" >/dev/null
done

"$cli" serve --profile "$tmp/service" --interval-ms 5000 >"$tmp/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 300); do
  [ "$(psql -Atc "SELECT count(*) FROM cases" team 2>/dev/null || echo 0)" -gt 0 ] && break
  sleep 0.2
done
echo "team-demo: the OA service has synced $(psql -Atc "SELECT count(*) FROM cases" team) cases"

if [ -n "$shots" ]; then
  mkdir -p "$shots"
  export QT_QPA_PLATFORM=offscreen
  "$bin/app/advisory-desk" --profile "$tmp/lan" --screenshot "$shots/team-lan.png"
  "$bin/app/advisory-desk" --profile "$tmp/minh" --screenshot "$shots/team-minh.png"
  echo "team-demo: wrote $shots/team-lan.png and $shots/team-minh.png"
else
  "$bin/app/advisory-desk" --profile "$tmp/lan" &
  lan=$!
  "$bin/app/advisory-desk" --profile "$tmp/minh" &
  minh=$!
  wait "$lan" "$minh" || true
fi
