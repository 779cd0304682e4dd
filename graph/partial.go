package graph

// Building a new bolt store without a disk sync per commit.
//
// A bolt commit writes the pages its batch changed and then waits for the
// disk twice (fdatasync of the pages, then of the meta page that makes them
// current): on 10,000 generated readouts that wait was a third of the time
// of the commits, and it grows with the store, since a batch changes pages
// all over the file. A store that does not exist yet needs none of it while
// it is being built, as long as nobody can mistake a half-built file for
// the store. So [Options.BuildNew] builds it under another name, in the same
// directory ([partialName]), with bbolt's NoSync; [Store.Close] syncs it once
// and only then gives it its name.
//
// Without syncs, the order in which pages reach the disk is the kernel's,
// so after a crash of the machine the file may hold a meta page whose pages
// never arrived. After a crash of the process alone, the kernel still holds
// every page written, in order, and the file is as its last commit left it.
// The partial file's name carries the boot ID: Open resumes a partial file
// of the same boot (the load then skips the readouts it holds, see
// [Options.SkipStored]) and removes one of an earlier boot.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// bootIDFile names the running kernel's boot; each boot has another.
var bootIDFile = "/proc/sys/kernel/random/boot_id"

// partialSuffix separates a partial file's name from its boot ID.
const partialSuffix = ".partial-"

// partialName is the name the new store db is built under, "" when the
// boot cannot be told (then the store is built in place, with syncs).
func partialName(db string) string {
	id, err := os.ReadFile(bootIDFile)
	boot := strings.ReplaceAll(strings.TrimSpace(string(id)), "-", "")
	if err != nil || boot == "" || strings.ContainsAny(boot, `/\`) {
		return ""
	}
	return db + partialSuffix + boot
}

// preparePartial returns the path to open for building the new store db,
// whether it holds the work of an earlier build of this boot, and the
// partial files of earlier boots it removed. path is db itself when db
// exists or no partial name can be made.
func preparePartial(db string) (path string, resumed bool, removed []string, err error) {
	if _, err := os.Lstat(db); !errors.Is(err, fs.ErrNotExist) {
		return db, false, nil, nil
	}
	path = partialName(db)
	if path == "" {
		return db, false, nil, nil
	}
	old, err := filepath.Glob(globEscape(db) + partialSuffix + "*")
	if err != nil {
		return "", false, nil, err
	}
	for _, p := range old {
		if p == path {
			resumed = true
			continue
		}
		if err := os.Remove(p); err != nil {
			return "", false, removed, err
		}
		removed = append(removed, p)
	}
	return path, resumed, removed, nil
}

// globEscape escapes the metacharacters of filepath.Match in s.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// finishPartial gives the synced and closed partial file its name db, unless
// a file of that name appeared meanwhile, and syncs the directory so that
// the name survives a crash.
func finishPartial(partial, db string) error {
	taken := fmt.Errorf("%s was created while the store was being built; the new store is %s", db, partial)
	// A hard link fails when db exists, where a rename would replace it.
	switch err := os.Link(partial, db); {
	case errors.Is(err, fs.ErrExist):
		return taken
	case err != nil:
		// A file system without hard links: check, then rename.
		if _, serr := os.Lstat(db); !errors.Is(serr, fs.ErrNotExist) {
			return taken
		}
		if err := os.Rename(partial, db); err != nil {
			return err
		}
	default:
		if err := os.Remove(partial); err != nil {
			return err
		}
	}
	dir, err := os.Open(filepath.Dir(db))
	if err != nil {
		return err
	}
	defer dir.Close()
	if err := dir.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}
