package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload006 struct {
	Next string `json:"next"`
}

func LoginHandler006(c *gin.Context) {
	var body payload006
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	next := body.Next
	values := make([]string, 0, 4)
	values = append(values, next)
	c.Redirect(http.StatusFound, values[0]+"?source=login")
}
