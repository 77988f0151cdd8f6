package pathtraver

import (
	"net/http"
	"os"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func DownloadHandler008(c *gin.Context) {
	file := c.Param("file")
	settings := helpers.NewSettings()
	settings.Set("file", file)
	data, err := os.ReadFile("/var/lib/app/uploads/" + settings.Get("file"))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(data)
}
