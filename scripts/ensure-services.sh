#!/usr/bin/env bash
# Make sure the Postgres and Redis the tests use are reachable. Where they are not, start
# throwaway servers from installed binaries, or stop at once saying what to start.
set -euo pipefail
PGHOST=${TEST_DB_HOST:-${DB_HOST:-127.0.0.1}}
PGPORT=${TEST_DB_PORT:-${DB_PORT:-5432}}
REDIS_URL=${TEST_REDIS_URL:-${REDIS_URL:-redis://127.0.0.1:6379/0}}
RUN_DIR=${TMPDIR:-/tmp}/invoice-scanner-services

pg_up() { python3 - "$PGHOST" "$PGPORT" <<'PY'
import socket, sys
s = socket.socket(); s.settimeout(1)
try:
    s.connect((sys.argv[1], int(sys.argv[2]))); print("up")
except OSError:
    print("down")
PY
}
redis_up() { python3 - "$REDIS_URL" <<'PY'
import socket, sys
from urllib.parse import urlsplit
u = urlsplit(sys.argv[1]); s = socket.socket(); s.settimeout(1)
try:
    s.connect((u.hostname or "127.0.0.1", u.port or 6379)); s.sendall(b"PING\r\n")
    print("up" if s.recv(16).startswith(b"+PONG") else "down")
except OSError:
    print("down")
PY
}

if [[ $(pg_up) != up ]]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -n "$PGBIN" && -x "$PGBIN/initdb" ]]; then
    echo "Postgres is not reachable on $PGHOST:$PGPORT; starting a throwaway server"
    mkdir -p "$RUN_DIR"; chmod 777 "$RUN_DIR"
    as_pg() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
    [[ -d "$RUN_DIR/pg" ]] || as_pg "$PGBIN/initdb -D $RUN_DIR/pg -U postgres --auth=trust >/dev/null"
    as_pg "$PGBIN/pg_ctl -D $RUN_DIR/pg -o '-p $PGPORT -k $RUN_DIR -c listen_addresses=127.0.0.1' -l $RUN_DIR/pg.log -w start"
  else
    echo "Postgres is not reachable on $PGHOST:$PGPORT and no server binaries are installed." >&2
    echo "Start one (e.g. 'docker compose up -d postgres') or set DB_HOST/DB_PORT." >&2
    exit 1
  fi
fi
if [[ $(redis_up) != up ]]; then
  if command -v redis-server >/dev/null; then
    echo "Redis is not reachable at $REDIS_URL; starting a throwaway server"
    port=$(python3 -c "from urllib.parse import urlsplit; print(urlsplit('$REDIS_URL').port or 6379)")
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes
    sleep 0.5
  else
    echo "Redis is not reachable at $REDIS_URL and redis-server is not installed." >&2
    echo "Start one (e.g. 'docker compose up -d redis') or set REDIS_URL." >&2
    exit 1
  fi
fi
echo "Postgres ($PGHOST:$PGPORT) and Redis ($REDIS_URL) are reachable"
