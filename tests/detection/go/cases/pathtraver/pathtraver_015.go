package pathtraver

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload015 struct {
	File string `json:"file"`
}

func DownloadHandler015(c *gin.Context) {
	var body payload015
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	file := body.File
	http.ServeFile(c.Writer, c.Request, fmt.Sprintf("/var/lib/app/uploads/%s", file))
}
