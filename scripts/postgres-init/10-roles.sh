#!/usr/bin/env bash
# Least-privilege roles for docker compose (run once by the postgres image, as its superuser,
# when the data volume is new):
#   DB_OWNER_USER  owns the database and its schema: the `migrate` service runs Alembic as it.
#   DB_USER        what the API and the workers log in as: read and write rows, nothing else
#                  (no DDL, no other databases, not a superuser).
set -euo pipefail
: "${DB_OWNER_USER:?}" "${DB_OWNER_PASSWORD:?}" "${DB_USER:?}" "${DB_PASSWORD:?}" "${POSTGRES_DB:?}"
if [[ "$DB_USER" == "$POSTGRES_USER" || "$DB_OWNER_USER" == "$POSTGRES_USER" ]]; then
  echo "DB_USER and DB_OWNER_USER must not be the superuser ($POSTGRES_USER)" >&2
  exit 1
fi
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner="$DB_OWNER_USER" -v owner_pw="$DB_OWNER_PASSWORD" \
  -v app="$DB_USER" -v app_pw="$DB_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_pw';
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';
ALTER DATABASE :"db" OWNER TO :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
-- Tables and sequences the owner's migrations create later are usable by the app role.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"app";
SQL
