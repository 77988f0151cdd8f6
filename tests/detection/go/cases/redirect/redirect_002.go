package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler002(c *gin.Context) {
	next := c.PostForm("next")
	c.Redirect(http.StatusFound, next+"?source=login")
}
