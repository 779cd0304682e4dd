package schema

import "testing"

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Lars Løkke Rasmussen", "lars-lokke-rasmussen"},
		{"Radosław Sikorski", "radoslaw-sikorski"},
		// Letters NFKD leaves whole: each is spelled, not dropped.
		{"Guðni Th. Jóhannesson", "gudni-th-johannesson"},
		{"Milo Đukanović", "milo-dukanovic"},
		{"Đặng Thị Ngọc Thịnh", "dang-thi-ngoc-thinh"},
		{"Þórdís Kolbrún Gylfadóttir", "thordis-kolbrun-gylfadottir"},
		{"Ægir Þór", "aegir-thor"},
		{"Straße Œuvre", "strasse-oeuvre"},
		{"Robert Abela of Ħamrun", "robert-abela-of-hamrun"},
		{"G7 / G20", "g7-g20"},
		{"--", "x"},
	} {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
