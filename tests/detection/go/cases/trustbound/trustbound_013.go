package trustbound

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler013(c *gin.Context) {
	name := c.GetHeader("X-Display-Name")
	session := sessions.Default(c)
	session.Set("user", name)
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
