package secrets

import (
	"flag"
	"net/http"
)

var twilioSID030 = flag.String("twilio-sid", "", "Twilio account SID")
var twilioToken030 = flag.String("twilio-token", "", "Twilio auth token")

func Twilio030(req *http.Request) {
	req.SetBasicAuth(*twilioSID030, *twilioToken030)
}
