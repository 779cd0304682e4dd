package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/readout/readout/extract"
)

// version is set at build time: go build -ldflags "-X main.version=$(git describe)".
var version = ""

func newVersionCmd() *command {
	c := &command{
		Name:      "version",
		UsageLine: "readout version",
		Short:     "print the version of readout and of its extractor",
		Long: `Version prints readout's version (from git describe at build time), the
extractor version written into every record, and the Go version.

EXIT STATUS
  0  always (2 for a usage error)`,
		Flags: newFlags("version"),
	}
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		fmt.Fprintf(e.Stdout, "readout %s (extractor %s, %s %s/%s)\n",
			buildVersion(), extract.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return nil
	}
	return c
}

// buildVersion returns version, or what the Go build recorded.
func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "devel-" + s.Value[:12]
			}
		}
	}
	return "devel"
}

// extractorBuild names this build of readout for the stamps that let a
// reload skip readouts stored from the same bytes ([graph.Options]): the
// first 16 hex digits of the SHA-256 of its executable. extract.Version
// changes only by hand; the executable changes with any change to the
// extractor or its tables, and Go builds the same source to the same bytes.
// If the executable cannot be read, it is the build version and the time,
// which skips nothing stamped by another run.
func extractorBuild() string {
	buildOnce.Do(func() {
		build = fmt.Sprintf("%s-%d", buildVersion(), time.Now().UnixNano())
		path, err := os.Executable()
		if err != nil {
			return
		}
		f, err := os.Open(path)
		if err != nil {
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return
		}
		build = hex.EncodeToString(h.Sum(nil))[:16]
	})
	return build
}

var (
	buildOnce sync.Once
	build     string
)
