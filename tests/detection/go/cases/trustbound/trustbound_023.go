package trustbound

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func build023(value string) string {
	return "user:" + value
}

func ProfileHandler023(c *gin.Context) {
	name := c.Param("display_name")
	session := sessions.Default(c)
	session.Set("user", build023(name))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
