package redirect

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginHandler038(c *gin.Context) {
	next := c.Param("next")
	log.Printf("login finished, requested %q", next)
	http.Redirect(c.Writer, c.Request, "/dashboard", http.StatusSeeOther)
}
