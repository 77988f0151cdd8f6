package pathtraver

import (
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

type payload039 struct {
	File string `json:"file"`
}

func DownloadHandler039(c *gin.Context) {
	var body payload039
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	file := body.File
	http.ServeFile(c.Writer, c.Request, strings.Join([]string{"/var/lib/app/uploads/", helpers.SafeFileName(file)}, ""))
}
