package trustbound

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

type options032 struct {
	Value string
}

func ProfileHandler032(c *gin.Context) {
	name := c.Param("display_name")
	opts := options032{Value: name}
	opts.Value = "anonymous"
	session := sessions.Default(c)
	session.Set("user", "user:"+opts.Value)
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
