package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func build044(value string) string {
	return "nslookup " + value
}

func DiagnosticsHandler044(c *gin.Context) {
	host := c.Param("host")
	if !helpers.IsIdentifier(host) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	out, err := exec.Command("sh", "-c", build044(host)).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(out)
}
