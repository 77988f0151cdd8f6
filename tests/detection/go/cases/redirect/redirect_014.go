package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler014(c *gin.Context) {
	next := c.Param("next")
	http.Redirect(c.Writer, c.Request, next+"?source=login", http.StatusMovedPermanently)
}
