package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

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
