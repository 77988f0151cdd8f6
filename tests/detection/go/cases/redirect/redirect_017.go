package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler017(c *gin.Context) {
	next := c.PostForm("next")
	if len(next) > 128 {
		next = next[:128]
	}
	http.Redirect(c.Writer, c.Request, next+"?source=login", http.StatusMovedPermanently)
}
