package cmdi

import (
	"fmt"
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler015(c *gin.Context) {
	host := c.Query("host")
	cmd := exec.Command("/bin/sh", "-c", fmt.Sprintf("nslookup %s", host))
	cmd.Stdout = c.Writer
	cmd.Stderr = c.Writer
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}
