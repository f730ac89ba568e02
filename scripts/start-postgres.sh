#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 + pgvector server for the Postgres store's tests and local use, and
# prints its DATABASE_URL (the only line on stdout; progress goes to stderr). Idempotent: installs what
# is missing (Debian packages; pgvector built from Debian's own source package, which bookworm lacks),
# starts the cluster when nothing answers on the port, and returns in well under a second when all of
# it is already there.
#
#   QUORUM_PG_PORT  port to listen on (default 54329), on 127.0.0.1 only
set -euo pipefail

port="${QUORUM_PG_PORT:-54329}"
pg_bin=/usr/lib/postgresql/15/bin
data_dir="/tmp/quorum-postgres-${port}"
database=quorum
url="postgres://postgres@127.0.0.1:${port}/${database}"
# Debian's pgvector 0.8.0 (trixie) builds against PostgreSQL 15 and brings iterative index scans.
pgvector_suite=trixie
mirror=http://deb.debian.org/debian

log() { printf 'start-postgres: %s\n' "$*" >&2; }
fail() {
  log "$*"
  exit 1
}

as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_quiet() {
  PGOPTIONS='-c client_min_messages=warning' \
    "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

# Two callers at once (a test run and a shell) must not both initdb the same directory.
exec 9>"/tmp/quorum-postgres-${port}.lock"
flock 9

# Fast path: the server answers and the database already has the extension.
if [[ -x "$pg_bin/psql" ]] &&
  [[ "$(psql_quiet -d "$database" -tAc "SELECT 1 FROM pg_extension WHERE extname = 'vector'" 2>/dev/null)" == 1 ]]; then
  echo "$url"
  exit 0
fi

install_postgres() {
  local missing=()
  for package in postgresql-15 postgresql-server-dev-15; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  # Building pgvector needs a C toolchain and dpkg-source.
  command -v make >/dev/null || missing+=(make)
  command -v gcc >/dev/null || missing+=(gcc)
  command -v dpkg-source >/dev/null || missing+=(dpkg-dev)
  [[ ${#missing[@]} -eq 0 ]] && return
  [[ $EUID -eq 0 ]] || fail "missing packages (${missing[*]}): run this script as root to install them"
  log "installing ${missing[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

install_pgvector() {
  local share
  share="$("$pg_bin/pg_config" --sharedir)"
  [[ -f "$share/extension/vector.control" ]] && return
  [[ $EUID -eq 0 ]] || fail "pgvector is not installed: run this script as root to build it"
  log "building pgvector from Debian's ${pgvector_suite} source package"
  local work
  work="$(mktemp -d /tmp/quorum-pgvector.XXXXXX)"
  # A private apt configuration, so the system's own source lists and package lists are left alone.
  mkdir -p "$work/lists/partial" "$work/src"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $pgvector_suite main" \
    >"$work/sources.list"
  local apt_options=(
    -o "Dir::Etc::sourcelist=$work/sources.list"
    -o Dir::Etc::sourceparts=-
    -o "Dir::State::Lists=$work/lists"
    -o Dir::Cache::pkgcache=
    -o Dir::Cache::srcpkgcache=
  )
  apt-get "${apt_options[@]}" update -qq >&2
  (cd "$work/src" && apt-get "${apt_options[@]}" source --download-only -qq pgvector >&2)
  local dsc
  dsc="$(find "$work/src" -maxdepth 1 -name 'pgvector_*.dsc' | head -n 1)"
  [[ -n "$dsc" ]] || fail "apt-get source found no pgvector source package"
  dpkg-source -x "$dsc" "$work/src/pgvector" >&2
  make -C "$work/src/pgvector" PG_CONFIG="$pg_bin/pg_config" >&2
  make -C "$work/src/pgvector" PG_CONFIG="$pg_bin/pg_config" install >&2
  rm -rf "$work"
  [[ -f "$share/extension/vector.control" ]] || fail "pgvector built but vector.control is not installed"
}

start_cluster() {
  if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then return; fi
  # An initdb cut short leaves no PG_VERSION: start again from an empty directory.
  if [[ ! -f "$data_dir/PG_VERSION" ]]; then
    log "creating a throwaway cluster in $data_dir"
    rm -rf "$data_dir"
    mkdir -p "$data_dir"
    [[ $EUID -eq 0 ]] && chown postgres:postgres "$data_dir"
    chmod 700 "$data_dir"
    # Trust on loopback only: a test server that holds nothing worth a password.
    as_postgres "$pg_bin/initdb" -D "$data_dir" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=trust >/dev/null
    cat >>"$data_dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data_dir'
# Throwaway data: losing it in a crash costs a re-run, and tests write a lot.
fsync = off
synchronous_commit = off
full_page_writes = off
maintenance_work_mem = '256MB'
max_connections = 200
# Server time per statement, which npm run bench:postgres-ingest splits a load's time by; pg_prewarm's
# autoprewarm worker records which pages shared_buffers holds and reads them back after a restart, so
# the first searches after one do not pay for the HNSW graph's pages read one by one.
shared_preload_libraries = 'pg_stat_statements,pg_prewarm'
# A full-text search reads each matching chunk_search row; at 100k chunks the table (230 MB) no longer
# fit the default 128 MB and searches paid for copying pages in from the OS cache (unfiltered p95
# 92 -> 55 ms with 1 GB, docs/postgres-text-search-plans.md). At 1M chunks what a search reads (the HNSW
# index 1.3 GB, chunk_search 2.2 GB and its GIN index 0.6 GB) is about 4.2 GB: a quarter of a 24 GB
# machine holds it, allocated only as pages are read. A deployment sizes this to its memory.
shared_buffers = '6GB'
effective_cache_size = '16GB'
# A common word's bitmap at 1M chunks (280k matches over 136k pages) passed the default 4 MB and went
# lossy: every row of a lossy page is read and rechecked.
work_mem = '64MB'
CONF
  fi
  log "starting PostgreSQL on 127.0.0.1:$port"
  # 9>&-: the server must not inherit the lock, or it would hold it for as long as it runs.
  as_postgres "$pg_bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 start >/dev/null 9>&- ||
    fail "PostgreSQL did not start; see $data_dir/server.log"
}

create_database() {
  if [[ "$(psql_quiet -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
    psql_quiet -d postgres -c "CREATE DATABASE $database" >&2
  fi
  psql_quiet -d "$database" -c 'CREATE EXTENSION IF NOT EXISTS vector' >&2
}

install_postgres
install_pgvector
start_cluster
create_database
echo "$url"
