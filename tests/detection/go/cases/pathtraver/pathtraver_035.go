package pathtraver

import (
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func DownloadHandler035(c *gin.Context) {
	file := c.PostForm("file")
	values := []string{"readme.txt"}
	values = append(values, file)
	f, err := os.OpenFile("/var/lib/app/uploads/"+values[0], os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, c.Request.Body)
	c.Writer.WriteHeader(http.StatusCreated)
}
