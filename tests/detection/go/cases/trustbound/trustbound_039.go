package trustbound

import (
	"net/http"
	"strings"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

type payload039 struct {
	Name string `json:"display_name"`
}

func ProfileHandler039(c *gin.Context) {
	var body payload039
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
	if !allowed[name] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	session := sessions.Default(c)
	session.Set("user", strings.Join([]string{"user:", name}, ""))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
