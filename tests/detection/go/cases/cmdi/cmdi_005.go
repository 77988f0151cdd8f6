package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler005(c *gin.Context) {
	host := c.Param("host")
	if len(host) > 128 {
		host = host[:128]
	}
	out, err := exec.Command("sh", "-c", "nslookup "+host).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(out)
}
