package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler019(c *gin.Context) {
	next := c.GetHeader("X-Next")
	fields := map[string]string{}
	fields["next"] = next
	c.Redirect(http.StatusFound, fields["next"]+"?source=login")
}
