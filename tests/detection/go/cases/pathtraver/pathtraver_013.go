package pathtraver

import (
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func DownloadHandler013(c *gin.Context) {
	file := c.GetHeader("X-File")
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(c.Writer, c.Request)
		return
	}
	defer f.Close()
	io.Copy(c.Writer, f)
}
