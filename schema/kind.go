package schema

// Kind is the kind of an entity in the extraction record. Values are spelled
// as in the contract.
type Kind string

// The entity kinds of the extraction record.
const (
	Person      Kind = "person"
	State       Kind = "state"
	Institution Kind = "institution"
	EventKind   Kind = "event"
	Place       Kind = "place"
)

// EventType is the type of an event in the extraction record.
type EventType string

// The event types of the extraction record.
const (
	PhoneCall EventType = "phone_call"
	VideoCall EventType = "video_call"
	Meeting   EventType = "meeting"
	Visit     EventType = "visit"
	Letter    EventType = "letter"
	Talks     EventType = "talks"
	Other     EventType = "other"
)

// EventTypes lists every EventType in a fixed order.
var EventTypes = []EventType{PhoneCall, VideoCall, Meeting, Visit, Letter, Talks, Other}
