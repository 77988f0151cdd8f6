package pathtraver

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func DownloadHandler003(c *gin.Context) {
	file := c.Query("file")
	http.ServeFile(c.Writer, c.Request, fmt.Sprintf("/var/lib/app/uploads/%s", file))
}
