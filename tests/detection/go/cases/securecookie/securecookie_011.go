package securecookie

import (
	"os"

	"github.com/gorilla/sessions"
)

var store011 = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func init() {
	store011.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
	}
}
