package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func build043(value string) string {
	return value + "?source=login"
}

func LoginHandler043(c *gin.Context) {
	next := c.GetHeader("X-Next")
	allowed := map[string]bool{"/home": true, "/orders": true, "/profile": true}
	if !allowed[next] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	http.Redirect(c.Writer, c.Request, build043(next), http.StatusMovedPermanently)
}
