package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type options026 struct {
	Value string
}

func LoginHandler026(c *gin.Context) {
	next := c.PostForm("next")
	opts := options026{Value: next}
	opts.Value = "/home"
	c.Redirect(http.StatusFound, opts.Value+"?source=login")
}
