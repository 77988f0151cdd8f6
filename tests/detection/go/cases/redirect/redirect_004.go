package redirect

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func LoginHandler004(c *gin.Context) {
	next := c.GetHeader("X-Next")
	http.Redirect(c.Writer, c.Request, strings.Join([]string{next, "?source=login"}, ""), http.StatusMovedPermanently)
}
