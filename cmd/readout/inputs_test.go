package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestForEachResultOrder checks that results come in the order of the
// inputs when there are many more inputs than result slots, which are
// reused.
func TestForEachResultOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs []input
	for i := range 200 {
		name := filepath.Join(dir, fmt.Sprintf("%03d.txt", i))
		// Texts of different lengths finish out of order.
		text := fmt.Sprintf("Readout %d\n\nOn June 20, President A met President B.\n", i)
		for range i % 7 * 50 {
			text += "The two sides discussed bilateral cooperation.\n"
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{name: name})
	}
	var got []string
	err := forEachResult(context.Background(), inputs, nil, readOptions{maxBytes: 1 << 20}, func(r result) error {
		got = append(got, r.name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, in := range inputs {
		want = append(want, in.name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("results in the order %v, want the inputs' %v", got, want)
	}
}
