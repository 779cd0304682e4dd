package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readoutCmd returns the command running readout with args in a process.
func readoutCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asReadout+"=1") // see TestMain
	return cmd
}

// crashCorpus writes copies copies of every testdata readout under dir,
// each copy in a directory of its own: distinct readouts (their sources
// differ) whose accounts of the same calls merge.
func crashCorpus(t testing.TB, dir string, copies int) {
	t.Helper()
	files, err := filepath.Glob("../../testdata/readouts/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("testdata readouts: %v", err)
	}
	for c := range copies {
		sub := filepath.Join(dir, fmt.Sprintf("copy%02d", c))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%d-%s", c, filepath.Base(f))
			if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestCrash kills `readout load` with SIGKILL at random points: after each
// kill `readout verify` finds every readout graph whole, and a last load
// completes the store to exactly the quads of a clean load.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the crash test starts and kills processes")
	}
	corpus := t.TempDir()
	crashCorpus(t, corpus, 4)
	dir := t.TempDir()

	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := readoutCmd("load", "-q", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("clean load: %v\n%s", err, out)
	}
	elapsed := time.Since(start)
	want := exportCLI(t, clean)

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("clean load took %v; kill delays seeded with %d", elapsed, seed)
	db := filepath.Join(dir, "crash.db")
	// What the last kill left of the new store: nothing, a partial file
	// holding readouts (the next load resumes it), one a bulk load was
	// writing (the next load removes it), or an empty one.
	left := "nothing"
	for i := range 4 {
		delay := time.Duration(rng.Int64N(int64(elapsed)))
		cmd := readoutCmd("load", "-q", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		t.Logf("kill %d after %v: %v", i+1, delay, err)
		// Until a load finishes, the new store is built under a partial
		// name (graph.Options.BuildNew), which the next load resumes.
		partials, err := filepath.Glob(db + ".partial-*")
		if err != nil {
			t.Fatal(err)
		}
		check := db
		switch _, err := os.Stat(db); {
		case len(partials) > 1 || len(partials) == 1 && err == nil:
			t.Fatalf("after kill %d: %s and partial files %q", i+1, db, partials)
		case len(partials) == 1:
			check = partials[0]
		case err != nil:
			continue // killed before it created the database
		}
		code, out, errs := cli(t, "", "verify", "--db", check)
		switch {
		case code != 0 && check != db && strings.Contains(errs, "is not a readout database: empty file"):
			// Killed between the partial file's creation and the load's
			// first commit: the next load starts afresh.
			left = "empty"
		case code != 0 && check != db && strings.Contains(errs, "cut short while writing it"):
			// Killed while a bulk load wrote the new store: the next
			// load removes the file and starts again.
			left = "cut"
		case code != 0:
			t.Fatalf("verify %s after kill %d (%v): exit %d\n%s%s", filepath.Base(check), i+1, delay, code, out, errs)
		case check == db:
			left = "nothing"
		case strings.Contains(errs, "verified 0 readouts"):
			// Killed before a bulk load wrote: nothing to resume.
			left = "empty"
		default:
			left = "readouts"
		}
		t.Logf("kill %d left %s", i+1, left)
	}
	code, out, errs := cli(t, "", "load", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("resuming load: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("resume: %s", strings.TrimSpace(errs))
	if resumed := strings.Contains(errs, "resuming the unfinished load"); resumed != (left == "readouts") {
		t.Errorf("the last kill left %s; the load said it resumed the partial file: %v", left, resumed)
	}
	if removed := strings.Contains(errs, "an unfinished bulk load"); removed != (left == "cut") {
		t.Errorf("the last kill left %s; the load said it removed an unfinished bulk: %v", left, removed)
	}
	if left, _ := filepath.Glob(db + ".partial-*"); len(left) > 0 {
		t.Errorf("a finished load left %q", left)
	}
	if got := exportCLI(t, db); got != want {
		t.Errorf("after kills and a resumed load the store differs from a clean load (%d quads, want %d)",
			strings.Count(got, "\n"), strings.Count(want, "\n"))
	}
	code, out, errs = cli(t, "", "verify", "--db", db)
	files, err := filepath.Glob("../../testdata/readouts/*")
	if err != nil {
		t.Fatal(err)
	}
	want2 := fmt.Sprintf("verified %d readouts", 4*len(files))
	if code != 0 || !strings.Contains(errs, want2) {
		t.Errorf("verify: exit %d, stderr %q, want 0 and %q\n%s", code, errs, want2, out)
	}
}
