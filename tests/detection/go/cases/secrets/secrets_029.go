package secrets

import (
	"net/http"
)

func Twilio029(req *http.Request) {
	req.SetBasicAuth("AC67eecc7cd9f79362b04004926c8043ff", "c6b53ee63ddb64202be8fcac367541ca")
}
