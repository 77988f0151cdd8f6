package secrets

import (
	"net/http"
	"os"
)

func AdminClient042(req *http.Request) {
	user, pass := "admin", os.Getenv("ADMIN_PASSWORD")
	req.SetBasicAuth(user, pass)
}
