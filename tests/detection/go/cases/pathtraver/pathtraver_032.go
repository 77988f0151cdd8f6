package pathtraver

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type options032 struct {
	Value string
}

func DownloadHandler032(c *gin.Context) {
	file := c.Param("file")
	opts := options032{Value: file}
	opts.Value = "readme.txt"
	data, err := os.ReadFile("/var/lib/app/uploads/" + opts.Value)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(data)
}
