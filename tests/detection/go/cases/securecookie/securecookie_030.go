package securecookie

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

const secure030 = true

func Refresh030(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("refresh_token", c.GetString("refresh"), 86400, "/auth", "api.example.com", secure030, true)
	c.Status(http.StatusOK)
}
