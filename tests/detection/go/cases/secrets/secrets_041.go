package secrets

import (
	"net/http"
)

func AdminClient041(req *http.Request) {
	user, pass := "admin", "GGiS03-F0Kta7"
	req.SetBasicAuth(user, pass)
}
