package redirect

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type payload045 struct {
	Next string `json:"next"`
}

func LoginHandler045(c *gin.Context) {
	var body payload045
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	next := body.Next
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fields := map[string]string{}
	fields["next"] = next
	c.Redirect(http.StatusFound, fields["next"]+"?source=login")
}
