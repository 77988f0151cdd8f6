package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler028(c *gin.Context) {
	next := c.GetHeader("X-Next")
	fields := map[string]string{"fallback": "/home"}
	fields["next"] = next
	http.Redirect(c.Writer, c.Request, fields["fallback"]+"?source=login", http.StatusMovedPermanently)
}
