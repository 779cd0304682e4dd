package graph

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// checkSerdi pipes the N-Quads nq through serdi, a strict RDF parser, and
// fails on any complaint. It skips, saying so, when serdi is not installed
// (.ci/run installs it, so CI always runs it).
func checkSerdi(t testing.TB, nq string) {
	t.Helper()
	path, err := exec.LookPath("serdi")
	if err != nil {
		t.Skip("serdi not installed (apt-get install serdi): N-Quads not checked by a strict parser")
	}
	cmd := exec.Command(path, "-i", "nquads", "-o", "nquads", "-")
	cmd.Stdin = strings.NewReader(nq)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("serdi -i nquads: %v\n%s", err, stderr.String())
	}
	if got, want := strings.Count(stdout.String(), "\n"), strings.Count(nq, "\n"); got != want {
		t.Errorf("serdi read %d quads, want %d", got, want)
	}
}
