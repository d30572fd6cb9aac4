# Sourced by run-tests.sh: a throwaway PostgreSQL cluster for the workspace tests (issue 16).
#
# waymark_pg_start installs PostgreSQL and Qt's QPSQL driver when they are missing, and starts
# a cluster of its own in a temporary folder, on 127.0.0.1 and a free port, as an unprivileged
# user (PostgreSQL refuses to run as root: as root it runs as the package's 'postgres' user).
# The cluster's superuser 'waymark' has a password, given to the tests through libpq's own
# PGPASSFILE, as a user would keep it in ~/.pgpass. It exports
#   WAYMARK_TEST_PGURL   postgresql://waymark@127.0.0.1:PORT/postgres
#   PGPASSFILE           the password file
# and stops the cluster and removes the folder when the shell exits, pass or fail. When
# PostgreSQL cannot be installed or started it says so and exports nothing: the tests that need
# it are then skipped, each saying why.

waymark_pg_dir=""
waymark_pg_bin=""

waymark_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        # From /: the caller's folder may be closed to that user.
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

waymark_pg_stop() {
    [ -n "$waymark_pg_dir" ] || return 0
    if [ -f "$waymark_pg_dir/data/postmaster.pid" ]; then
        waymark_pg_as_owner "$waymark_pg_bin/pg_ctl" -D "$waymark_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$waymark_pg_dir"
    waymark_pg_dir=""
}

waymark_pg_free_port() {
    /usr/bin/python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

waymark_pg_start() {
    if ! waymark_install postgresql libqt6sql6-psql; then
        echo "run-tests.sh: PostgreSQL cannot be installed: the workspace tests are skipped" >&2
        return 0
    fi
    waymark_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$waymark_pg_bin" ] || [ ! -x "$waymark_pg_bin/initdb" ]; then
        echo "run-tests.sh: PostgreSQL's initdb is not there: the workspace tests are skipped" >&2
        return 0
    fi
    waymark_pg_dir=$(mktemp -d /tmp/waymark-pg.XXXXXX)
    trap waymark_pg_stop EXIT
    chmod 755 "$waymark_pg_dir"
    local password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077 && printf '%s\n' "$password" >"$waymark_pg_dir/password")
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$waymark_pg_dir"

    local port log="$waymark_pg_dir/server.log"
    port=$(waymark_pg_free_port)
    if ! waymark_pg_as_owner "$waymark_pg_bin/initdb" -D "$waymark_pg_dir/data" -U waymark \
        --pwfile="$waymark_pg_dir/password" --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        -E UTF8 --locale=C --no-sync >"$waymark_pg_dir/initdb.log" 2>&1; then
        echo "run-tests.sh: initdb failed: the workspace tests are skipped" >&2
        cat "$waymark_pg_dir/initdb.log" >&2
        waymark_pg_stop
        return 0
    fi
    # Durability is not what these tests measure: no fsync, and a socket in the cluster's folder.
    if ! waymark_pg_as_owner "$waymark_pg_bin/pg_ctl" -D "$waymark_pg_dir/data" -l "$log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $waymark_pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        echo "run-tests.sh: PostgreSQL did not start: the workspace tests are skipped" >&2
        cat "$log" >&2
        waymark_pg_stop
        return 0
    fi
    # libpq's password file (host:port:database:user:password, for its owner's eyes only), as
    # a user keeps ~/.pgpass. Whoever runs the tests owns it, not the server's user.
    local passfile="$waymark_pg_dir/client.pgpass"
    (umask 077 && printf '127.0.0.1:%s:*:*:%s\n' "$port" "$password" >"$passfile")
    chown "$(id -u):$(id -g)" "$passfile"
    export PGPASSFILE="$passfile"
    export WAYMARK_TEST_PGURL="postgresql://waymark@127.0.0.1:$port/postgres"
    echo "run-tests.sh: PostgreSQL $("$waymark_pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for the workspace tests"
}
