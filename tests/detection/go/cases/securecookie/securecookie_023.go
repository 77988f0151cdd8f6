package securecookie

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func Setup023(r *gin.Engine) {
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: false})
	r.Use(sessions.Sessions("app", store))
}
