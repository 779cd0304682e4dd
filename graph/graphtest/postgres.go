package graphtest

// A throwaway PostgreSQL cluster for the postgres tests, started on first
// use from the server binaries (Debian: /usr/lib/postgresql/N/bin, package
// postgresql, not on PATH) and stopped by StopPostgres.

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/lib/pq" // the postgres database/sql driver
)

// PostgresEnv names an environment variable giving the URL of a server to
// test against instead of a throwaway cluster (a database the tests create
// databases in, e.g. postgres://postgres@localhost:5432/postgres?sslmode=disable).
const PostgresEnv = "READOUT_TEST_POSTGRES"

var pg struct {
	once    sync.Once
	dir     string // the cluster's directory; "" when none was started
	ctl     string // pg_ctl
	cred    *syscall.Credential
	admin   string // URL of the maintenance database
	skip    string // why there is no server, when there is none
	err     error
	counter atomic.Int64
}

// Postgres returns the URL of a new, empty database on the test server,
// starting a throwaway cluster on a loopback port the first time. Without a
// server (no binaries installed, no $READOUT_TEST_POSTGRES) it skips the
// test, saying why; a server that fails to start fails it.
func Postgres(t testing.TB) string {
	t.Helper()
	pg.once.Do(startPostgres)
	if pg.skip != "" {
		t.Skip(pg.skip)
	}
	if pg.err != nil {
		t.Fatalf("postgres: %v", pg.err)
	}
	name := fmt.Sprintf("readout_test_%d_%d", os.Getpid(), pg.counter.Add(1))
	db, err := sql.Open("postgres", pg.admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("postgres: create database: %v", err)
	}
	u := urlWithDB(pg.admin, name)
	t.Cleanup(func() {
		db, err := sql.Open("postgres", pg.admin)
		if err != nil {
			return
		}
		defer db.Close()
		// Connections of stores the test left open are dropped with it.
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("postgres: drop database: %v", err)
		}
	})
	return u
}

// StopPostgres stops the cluster Postgres started, if any, and removes its
// files. TestMain calls it after m.Run.
func StopPostgres() {
	if pg.dir == "" {
		return
	}
	cmd := exec.Command(pg.ctl, "-D", filepath.Join(pg.dir, "data"), "-m", "immediate", "-w", "stop")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: pg.cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "postgres: pg_ctl stop: %v\n%s", err, out)
	}
	os.RemoveAll(pg.dir)
	pg.dir = ""
}

func urlWithDB(admin, name string) string {
	// admin is built below or given by the user as .../DBNAME?query.
	i := strings.LastIndexByte(admin, '/')
	j := strings.IndexByte(admin[i:], '?')
	if j < 0 {
		return admin[:i+1] + name
	}
	return admin[:i+1] + name + admin[i+j:]
}

// pgBinDir returns the directory of initdb and pg_ctl: the newest
// /usr/lib/postgresql/N/bin, else the directory of initdb on PATH.
func pgBinDir() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	return ""
}

func startPostgres() {
	if u := os.Getenv(PostgresEnv); u != "" {
		pg.admin = u
		return
	}
	bin := pgBinDir()
	if bin == "" {
		pg.skip = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql, or set " +
			PostgresEnv + " to a server's URL"
		return
	}
	pg.ctl = filepath.Join(bin, "pg_ctl")
	// initdb refuses to run as root: run the server as the postgres user.
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			pg.err = fmt.Errorf("running as root and no postgres user to run the server as: %w", err)
			return
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		pg.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	// The server runs as postgres: its directory must be reachable.
	parent := os.TempDir()
	if fi, err := os.Stat(parent); pg.cred != nil && (err != nil || fi.Mode().Perm()&0o001 == 0) {
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, "readout-pg-")
	if err != nil {
		pg.err = err
		return
	}
	pg.dir = dir
	if pg.cred != nil {
		if err := os.Chown(dir, int(pg.cred.Uid), int(pg.cred.Gid)); err != nil {
			pg.err = err
			return
		}
	}
	run := func(name string, args ...string) error {
		cmd := exec.Command(filepath.Join(bin, name), args...)
		cmd.Dir = dir
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: pg.cred}
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", name, err, out)
		}
		return nil
	}
	data := filepath.Join(dir, "data")
	if pg.err = run("initdb", "-D", data, "-U", "readout", "--auth=trust", "-E", "UTF8",
		"--locale=C", "--no-sync"); pg.err != nil {
		return
	}
	// A free port: taken by the time the server binds it only in a race
	// with another process, which a retry gets past.
	for range 3 {
		var port int
		if port, pg.err = freePort(); pg.err != nil {
			return
		}
		opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off "+
			"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", port, dir)
		pg.err = run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start")
		if pg.err == nil {
			pg.admin = fmt.Sprintf("postgres://readout@127.0.0.1:%d/postgres?sslmode=disable", port)
			pg.err = ping(pg.admin)
			return
		}
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func ping(u string) error {
	db, err := sql.Open("postgres", u)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}
