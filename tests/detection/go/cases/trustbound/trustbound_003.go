package trustbound

import (
	"fmt"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler003(c *gin.Context) {
	name := c.Query("display_name")
	session := sessions.Default(c)
	session.Set("user", fmt.Sprintf("user:%s", name))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
