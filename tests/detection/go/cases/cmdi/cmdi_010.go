package cmdi

import (
	"net/http"
	"os/exec"
	"strings"

	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler010(c *gin.Context) {
	host := c.GetHeader("X-Host")
	var sb strings.Builder
	sb.WriteString("nslookup ")
	sb.WriteString(host)
	out, err := exec.CommandContext(c.Request.Context(), "/bin/bash", "-c", sb.String()).CombinedOutput()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(out)
}
