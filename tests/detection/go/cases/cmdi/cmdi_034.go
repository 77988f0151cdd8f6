package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler034(c *gin.Context) {
	host := c.GetHeader("X-Host")
	fields := map[string]string{"fallback": "localhost"}
	fields["host"] = host
	out, err := exec.CommandContext(c.Request.Context(), "/bin/bash", "-c", "nslookup "+fields["fallback"]).CombinedOutput()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(out)
}
