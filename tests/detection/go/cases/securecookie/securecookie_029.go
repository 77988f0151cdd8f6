package securecookie

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Refresh029(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("refresh_token", c.GetString("refresh"), 86400, "/auth", "api.example.com", false, true)
	c.Status(http.StatusOK)
}
