package securecookie

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func SignIn005(c *gin.Context) {
	c.SetCookie("session", c.GetString("session_id"), 3600, "/", "", false, true)
	c.Status(http.StatusNoContent)
}
