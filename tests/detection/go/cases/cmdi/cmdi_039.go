package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler039(c *gin.Context) {
	host := c.Query("host")
	args := []string{"-c", "1", "--"}
	args = append(args, host)
	out, err := exec.Command("ping", args...).CombinedOutput()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(out)
}
