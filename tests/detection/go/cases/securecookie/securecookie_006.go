package securecookie

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func SignIn006(c *gin.Context) {
	c.SetCookie("session", c.GetString("session_id"), 3600, "/", "", true, true)
	c.Status(http.StatusNoContent)
}
