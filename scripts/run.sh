#!/usr/bin/env bash
# `make run`: migrate, then run the API, one Celery worker per queue and Flower in the
# foreground against the configured Postgres and Redis. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv/bin

if [[ ! -f .env ]]; then
  secret=$($VENV/python -c "import secrets; print(secrets.token_urlsafe(48))")
  sed "s|^JWT_SECRET_KEY=.*|JWT_SECRET_KEY=$secret|" .env.example > .env
  echo "created .env from .env.example with a fresh JWT_SECRET_KEY"
fi
# The services read .env themselves (real environment variables win); this shell only needs
# the ports and worker counts, with the same precedence.
while IFS='=' read -r key value; do
  [[ -z "${!key+x}" ]] && export "$key=$value"
done < <(grep -E '^[A-Z_][A-Z0-9_]*=' .env)

# Flower shows task arguments and errors: by default only this machine may reach it, and it
# refuses to listen on any other address without a login.
flower_address=${FLOWER_ADDRESS:-127.0.0.1}
if [[ ! $flower_address =~ ^(127\.|localhost$|::1$) && -z "${FLOWER_BASIC_AUTH:-}" ]]; then
  echo "FLOWER_ADDRESS=$flower_address is reachable from other machines: set FLOWER_BASIC_AUTH" >&2
  exit 1
fi

$VENV/python -m invoice_scanner_api.migrate

pids=()
cleanup() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait || true; }
trap cleanup INT TERM EXIT

# Threaded workers with timeouts (gunicorn_conf.py): slow clients cannot hold every worker.
$VENV/gunicorn -c python:invoice_scanner_api.gunicorn_conf "invoice_scanner_api:create_app()" &
pids+=($!)
for queue in preprocessing ocr llm extraction evaluation; do
  warm=""; conc=${WORKER_CONCURRENCY:-1}
  # One OCR process uses every core; the llm worker mostly waits on the network.
  [[ $queue == ocr ]] && { warm=ocr; conc=1; }
  [[ $queue == llm ]] && conc=${LLM_WORKER_CONCURRENCY:-4}
  WORKER_WARMUP=$warm $VENV/celery -A invoice_scanner_processing.celery_app worker \
    -Q "$queue" -n "$queue@%h" --concurrency "$conc" --prefetch-multiplier=1 \
    --loglevel "${LOG_LEVEL:-INFO}" &
  pids+=($!)
done
# Flower also reads FLOWER_BASIC_AUTH itself, and an empty value locks everyone out.
flower_auth=()
if [[ -n "${FLOWER_BASIC_AUTH:-}" ]]; then flower_auth=(--basic-auth="$FLOWER_BASIC_AUTH"); else unset FLOWER_BASIC_AUTH; fi
$VENV/celery -A invoice_scanner_processing.celery_app flower --address="$flower_address" \
  --port="${FLOWER_PORT:-5555}" "${flower_auth[@]}" &
pids+=($!)
echo "API on :${API_PORT:-5000} (docs at /docs), Flower on :${FLOWER_PORT:-5555}"
wait -n "${pids[@]}"
