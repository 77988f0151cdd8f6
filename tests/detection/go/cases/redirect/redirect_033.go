package redirect

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler033(c *gin.Context) {
	next := c.Query("next")
	log.Printf("request for %q", next)
	account := "/home"
	http.Redirect(c.Writer, c.Request, account+"?source=login", http.StatusFound)
}
