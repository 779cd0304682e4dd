package extract_test

import (
	"fmt"

	"github.com/readout/readout/extract"
)

func ExampleExtract() {
	text := "Secretary Blinken's Call with Turkish Foreign Minister Fidan\n" +
		"August 2, 2024\n\n" +
		"Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister Hakan Fidan. " +
		"The Secretary did not discuss sanctions. The two ministers welcomed the progress toward a ceasefire.\n"
	docs, err := extract.Read("call.txt", []byte(text), extract.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := extract.Extract(docs[0], extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	ev := r.Events[0]
	fmt.Println(ev.Type, *ev.Date, ev.Participants)
	for _, c := range r.Claims {
		fmt.Printf("%v %q %q %q\n", c.Speaker, c.Verb, c.Modality, c.Text)
	}
	// Output:
	// phone_call 2024-08-02 [person/antony-blinken person/hakan-fidan]
	// [person/antony-blinken] "discuss" "negated" "sanctions"
	// [person/antony-blinken person/hakan-fidan] "welcomed" "" "the progress toward a ceasefire"
}
