package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/pflag"

	"github.com/readout/readout/graph"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes (see the EXIT STATUS sections of the commands' help).
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// env is what a command may touch of the process: its streams and
// environment. Tests inject buffers.
type env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// command is one readout subcommand. Run parses Flags (made with
// pflag.ContinueOnError) and calls a plain function with the parsed values.
type command struct {
	Name      string
	UsageLine string // "readout load [--db DB] PATH..."
	Short     string // one line for the command list
	Long      string // description, examples and exit status
	Flags     *pflag.FlagSet
	Run       func(ctx context.Context, e *env, args []string) error
}

// commands returns a fresh set of commands: flag values live in closures,
// so every run parses into new variables.
func commands() []*command {
	return []*command{
		newExtractCmd(),
		newLoadCmd(),
		newQueryCmd(),
		newExportCmd(),
		newNetworkCmd(),
		newTimelineCmd(),
		newClaimsCmd(),
		newWhoCmd(),
		newStatsCmd(),
		newServeCmd(),
		newVizCmd(),
		newEvalCmd(),
		newVersionCmd(),
		newHelpCmd(),
	}
}

func lookup(name string) *command {
	for _, c := range commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// newFlags returns the flag set of command name: ContinueOnError, silent
// (run reports errors itself), interspersed flags allowed.
func newFlags(name string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SortFlags = false
	return fs
}

// parse parses args with c.Flags and returns the positional arguments.
// --help gives errHelp.
func (c *command) parse(args []string) ([]string, error) {
	if err := c.Flags.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil, errHelp
		}
		return nil, usagef("%v", err)
	}
	return c.Flags.Args(), nil
}

// errHelp asks run to print the command's help on stdout and exit 0.
var errHelp = errors.New("help requested")

// errFailed means some inputs failed; each failure has been reported on
// stderr already.
var errFailed = errors.New("some inputs failed")

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// run runs the command line args and returns the exit status. It is main
// without the process: tests call it with buffers.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv}

	if len(args) == 0 {
		fmt.Fprint(stderr, mainUsage())
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "--help", "-help":
		fmt.Fprint(stdout, mainUsage())
		return exitOK
	case "--version", "-version":
		name, args = "version", args[:1]
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(stderr, "readout: unknown command %q\nRun 'readout help' for usage.\n", name)
		return exitUsage
	}
	return exitCode(ctx, c, c.Run(ctx, e, args[1:]), e)
}

// exitCode reports err on stderr and maps it to an exit status: the one
// place that does.
func exitCode(ctx context.Context, c *command, err error, e *env) int {
	var (
		uerr *usageError
		dbe  *graph.DBError
		qe   *graph.QueryError
		ae   *graph.AmbiguousError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		fmt.Fprint(e.Stdout, c.help())
		return exitOK
	case errors.As(err, &uerr):
		fmt.Fprintf(e.Stderr, "readout %s: %s\nRun 'readout help %s' for usage.\n", c.Name, uerr.msg, c.Name)
		return exitUsage
	case ctx.Err() != nil && errors.Is(err, context.Canceled):
		fmt.Fprintln(e.Stderr, "readout: interrupted")
		return exitInterrupted
	case errors.Is(err, errFailed):
		return exitError // each failure is on stderr already
	}
	fmt.Fprintf(e.Stderr, "readout: %v\n", err)
	hint := ""
	if errors.As(err, &dbe) {
		hint = dbe.Hint
	} else if errors.As(err, &qe) {
		hint = qe.Hint
	} else if errors.As(err, &ae) && len(ae.Candidates) > 0 {
		hint = fmt.Sprintf("name one by its ID: readout %s %s", c.Name, ae.Candidates[0].ID)
	}
	if hint != "" {
		fmt.Fprintf(e.Stderr, "readout: hint: %s\n", hint)
	}
	return exitError
}

// help returns the full help text of c.
func (c *command) help() string {
	var b strings.Builder
	fmt.Fprintf(&b, "usage: %s\n\n%s\n", c.UsageLine, strings.TrimSpace(c.Short))
	if c.Long != "" {
		fmt.Fprintf(&b, "\n%s\n", strings.TrimSpace(c.Long))
	}
	if fu := c.Flags.FlagUsages(); fu != "" {
		fmt.Fprintf(&b, "\nFlags:\n%s", fu)
	}
	return b.String()
}

func mainUsage() string {
	var b strings.Builder
	b.WriteString(`readout turns official diplomatic readouts into a knowledge graph.

usage: readout <command> [flags] [args]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-8s %s\n", c.Name, c.Short)
	}
	b.WriteString(`
Run 'readout help <command>' for details on a command.
The database is ./readout.db unless --db or READOUT_DB names another: a bolt
file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME?sslmode=disable)
that several readout processes can share.
`)
	return b.String()
}

// dbFlag adds the --db flag to fs.
func dbFlag(fs *pflag.FlagSet) *string {
	return fs.String("db", "", "database: a bolt file, a postgres:// URL, or memory (default $READOUT_DB, else ./readout.db)")
}

// resolveDB returns the database to use: the --db flag, else $READOUT_DB,
// else ./readout.db.
func resolveDB(flag string, e *env) string {
	if flag != "" {
		return flag
	}
	if v := e.Getenv("READOUT_DB"); v != "" {
		return v
	}
	return "readout.db"
}
