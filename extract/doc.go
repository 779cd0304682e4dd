// Package extract turns the bytes of one diplomatic readout into a [Record]:
// the actors (persons and the offices they held on the date), states,
// institutions, events and claims it reports, with byte offsets into the text.
//
// Extraction is a deterministic pure function of the input bytes and
// [Options]. The package knows nothing of graph storage. The record is the
// contract of `readout extract --json`, specified in
// shared/spec/extraction.md; the knowledge it uses (states, institutions,
// office-holders, titles) lives in data/*.tsv, embedded at build time.
package extract
