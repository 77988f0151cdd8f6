package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func LoginHandler024(c *gin.Context) {
	next := c.Query("next")
	http.Redirect(c.Writer, c.Request, helpers.Normalize(next)+"?source=login", http.StatusMovedPermanently)
}
