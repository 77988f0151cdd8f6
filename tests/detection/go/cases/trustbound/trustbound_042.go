package trustbound

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler042(c *gin.Context) {
	name := c.Query("display_name")
	safe, err := helpers.ToID(name)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	session := sessions.Default(c)
	session.Set("user", safe)
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
