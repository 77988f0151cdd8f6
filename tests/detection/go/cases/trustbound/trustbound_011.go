package trustbound

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func build011(value string) string {
	return "user:" + value
}

func ProfileHandler011(c *gin.Context) {
	name := c.PostForm("display_name")
	session := sessions.Default(c)
	session.Set("user", build011(name))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
