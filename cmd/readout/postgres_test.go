package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/graph/graphtest"
)

// asReadout makes the test binary run as readout when this variable is set,
// for tests that need readout processes.
const asReadout = "READOUT_TEST_AS_READOUT"

func TestMain(m *testing.M) {
	if os.Getenv(asReadout) != "" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	code := m.Run()
	graphtest.StopPostgres()
	os.Exit(code)
}

// devFiles returns the readouts of testdata/readouts, sorted.
func devFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/readouts/*.txt")
	if err != nil || len(files) < 4 {
		t.Fatalf("testdata/readouts: %d files, %v", len(files), err)
	}
	slices.Sort(files)
	return files
}

// sortedOut runs readout args and returns its standard output, lines sorted.
func sortedOut(t testing.TB, args ...string) string {
	t.Helper()
	code, out, errs := cli(t, "", args...)
	if code != 0 {
		t.Fatalf("readout %q: exit %d: %s", args, code, errs)
	}
	ls := strings.SplitAfter(out, "\n")
	slices.Sort(ls)
	return strings.Join(ls, "")
}

// TestPostgresConcurrentLoads runs two readout load processes at once over
// overlapping halves of the dev corpus (one given --db, the other
// READOUT_DB): the database holds exactly the quads of one sequential load,
// and the analyst commands answer as on bolt.
func TestPostgresConcurrentLoads(t *testing.T) {
	files := devFiles(t)
	seq := graphtest.Postgres(t)
	if code, _, errs := cli(t, "", append([]string{"load", "-q", "--db", seq}, files...)...); code != 0 {
		t.Fatalf("sequential load: exit %d: %s", code, errs)
	}

	u := graphtest.Postgres(t)
	n := len(files)
	halves := [][]string{files[:2*n/3], files[n/3:]}
	var wg sync.WaitGroup
	outs := make([][]byte, 2)
	errs := make([]error, 2)
	for i, half := range halves {
		args := append([]string{"load"}, half...)
		env := append(os.Environ(), asReadout+"=1")
		if i == 0 {
			args = append([]string{"load", "--db", u}, half...)
		} else {
			env = append(env, "READOUT_DB="+u)
		}
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = env
		wg.Go(func() { outs[i], errs[i] = cmd.CombinedOutput() })
	}
	wg.Wait()
	for i := range halves {
		if errs[i] != nil {
			t.Fatalf("readout load (half %d): %v\n%s", i, errs[i], outs[i])
		}
		if !strings.Contains(string(outs[i]), "loaded ") {
			t.Errorf("readout load (half %d) printed no summary:\n%s", i, outs[i])
		}
	}
	want := sortedOut(t, "export", "--db", seq)
	if got := sortedOut(t, "export", "--db", u); got != want {
		t.Errorf("two concurrent loads differ from one sequential load (%d and %d bytes of N-Quads)", len(got), len(want))
	}
	// Loading everything again changes nothing.
	code, _, stderr := cli(t, "", append([]string{"load", "--db", u}, files...)...)
	if code != 0 || !strings.Contains(stderr, "(0 new, 0 replaced, ") {
		t.Errorf("reload: exit %d, %s; want all unchanged", code, stderr)
	}

	bolt := filepath.Join(t.TempDir(), "readout.db")
	if code, _, errs := cli(t, "", append([]string{"load", "-q", "--db", bolt}, files...)...); code != 0 {
		t.Fatalf("bolt load: exit %d: %s", code, errs)
	}
	for _, args := range [][]string{
		{"stats", "--json"},
		{"network", "--json"},
		{"network", "--level", "state", "--json"},
		{"claims", "--json"},
		{"timeline", "--json", "Ilham Aliyev"},
		{"who", "--json", "AZE"},
		{"claims", "--json", "--by", "Erdogan"},
	} {
		onBolt := sortedOut(t, append(args, "--db", bolt)...)
		if onPG := sortedOut(t, append(args, "--db", u)...); onPG != onBolt {
			t.Errorf("readout %s: postgres and bolt differ:\n%s\n--- bolt:\n%s", strings.Join(args, " "), onPG, onBolt)
		}
	}
}
