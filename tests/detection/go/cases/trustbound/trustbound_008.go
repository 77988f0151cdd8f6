package trustbound

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler008(c *gin.Context) {
	name := c.Param("display_name")
	settings := helpers.NewSettings()
	settings.Set("display_name", name)
	session := sessions.Default(c)
	session.Set("user", "user:"+settings.Get("display_name"))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
