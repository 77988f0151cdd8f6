package pathtraver

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func DownloadHandler027(c *gin.Context) {
	file := c.Query("file")
	log.Printf("request for %q", file)
	account := "readme.txt"
	http.ServeFile(c.Writer, c.Request, "/var/lib/app/uploads/"+account)
}
