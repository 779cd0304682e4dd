package main

import (
	"context"
	"fmt"
)

func newHelpCmd() *command {
	c := &command{
		Name:      "help",
		UsageLine: "readout help [COMMAND]",
		Short:     "print help on readout or on one command",
		Long: `Help prints the list of commands, or the manual of COMMAND: its usage,
flags, examples and exit status. 'readout COMMAND --help' prints the same.

EXIT STATUS
  0  help was printed
  2  unknown command`,
		Flags: newFlags("help"),
	}
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		switch len(args) {
		case 0:
			fmt.Fprint(e.Stdout, mainUsage())
			return nil
		case 1:
			t := lookup(args[0])
			if t == nil {
				return usagef("unknown command %q", args[0])
			}
			fmt.Fprint(e.Stdout, t.help())
			return nil
		}
		return usagef("want at most one COMMAND")
	}
	return c
}
