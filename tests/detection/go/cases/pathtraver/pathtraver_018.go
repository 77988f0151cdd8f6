package pathtraver

import (
	"io/ioutil"
	"net/http"

	"github.com/gin-gonic/gin"
)

func DownloadHandler018(c *gin.Context) {
	file := c.Query("file")
	values := make([]string, 0, 4)
	values = append(values, file)
	data, err := ioutil.ReadFile("/var/lib/app/uploads/" + values[0])
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(data)
}
