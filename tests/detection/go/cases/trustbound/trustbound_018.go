package trustbound

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler018(c *gin.Context) {
	name := c.Query("display_name")
	values := make([]string, 0, 4)
	values = append(values, name)
	session := sessions.Default(c)
	session.Set("user", "user:"+values[0])
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
