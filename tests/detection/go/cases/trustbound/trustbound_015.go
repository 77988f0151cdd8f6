package trustbound

import (
	"fmt"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

type payload015 struct {
	Name string `json:"display_name"`
}

func ProfileHandler015(c *gin.Context) {
	var body payload015
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	session := sessions.Default(c)
	session.Set("user", fmt.Sprintf("user:%s", name))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
