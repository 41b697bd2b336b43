#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `eval "$(bash scripts/pg-test-cluster.sh start)"` prints the exports
# (SKILL_INSPECTOR_PG_URL, SKILL_INSPECTOR_PG_DIR); `bash scripts/pg-test-cluster.sh stop "$SKILL_INSPECTOR_PG_DIR"`.
# The server runs as an unprivileged user (postgres when started by root), listens on 127.0.0.1 only, on a free port,
# with password authentication; fsync is off because the cluster is deleted after the run.
set -euo pipefail

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dir" ]; then
    echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "$dir"
}

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

case "${1:-}" in
  start)
    BIN=$(bindir)
    DIR=$(mktemp -d /tmp/si-pg.XXXXXX)
    PASSWORD=$(node -e "console.log(require('crypto').randomBytes(12).toString('hex'))")
    printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$DIR"
    as_server_user "$BIN/initdb" -D "$DIR/data" -U postgres --auth=scram-sha-256 --pwfile="$DIR/pwfile" \
      -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    rm -f "$DIR/pwfile"
    PORT=$(free_port)
    as_server_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >&2
    echo "export SKILL_INSPECTOR_PG_URL='postgres://postgres:$PASSWORD@127.0.0.1:$PORT/postgres'"
    echo "export SKILL_INSPECTOR_PG_DIR='$DIR'"
    echo "export SKILL_INSPECTOR_PG_BIN='$BIN'"
    ;;
  stop)
    DIR=${2:?cluster folder}
    BIN=$(bindir)
    as_server_user "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: pg-test-cluster.sh start | stop <dir>" >&2
    exit 2
    ;;
esac
