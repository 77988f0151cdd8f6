package redirect

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func LoginHandler041(c *gin.Context) {
	next := c.PostForm("next")
	var dest string
	switch next {
	case "settings":
		dest = "/settings"
	case "billing":
		dest = "/billing"
	default:
		dest = "/"
	}
	http.Redirect(c.Writer, c.Request, strings.Join([]string{dest, "?source=login"}, ""), http.StatusFound)
}
