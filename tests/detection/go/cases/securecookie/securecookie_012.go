package securecookie

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store012 = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func init() {
	store012.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 7,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	}
}
