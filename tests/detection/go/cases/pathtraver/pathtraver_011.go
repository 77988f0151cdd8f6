package pathtraver

import (
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func build011(value string) string {
	return "/var/lib/app/uploads/" + value
}

func DownloadHandler011(c *gin.Context) {
	file := c.PostForm("file")
	f, err := os.OpenFile(build011(file), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, c.Request.Body)
	c.Writer.WriteHeader(http.StatusCreated)
}
