package trustbound

import (
	"log"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler027(c *gin.Context) {
	name := c.Query("display_name")
	log.Printf("request for %q", name)
	account := "anonymous"
	session := sessions.Default(c)
	session.Set("user", "user:"+account)
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
