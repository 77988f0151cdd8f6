package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func build023(value string) string {
	return "nslookup " + value
}

func DiagnosticsHandler023(c *gin.Context) {
	host := c.PostForm("host")
	cmd := exec.Command("/bin/sh", "-c", build023(host))
	cmd.Stdout = c.Writer
	cmd.Stderr = c.Writer
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}
