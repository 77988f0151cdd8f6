package pathtraver

import (
	"io/ioutil"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

func DownloadHandler042(c *gin.Context) {
	file := c.Query("file")
	num, err := strconv.Atoi(file)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	safe := strconv.Itoa(num) + ".pdf"
	data, err := ioutil.ReadFile(safe)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(data)
}
