package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

type options032 struct {
	Value string
}

func DiagnosticsHandler032(c *gin.Context) {
	host := c.PostForm("host")
	opts := options032{Value: host}
	opts.Value = "localhost"
	cmd := exec.Command("bash", "-c", "nslookup "+opts.Value)
	if err := cmd.Start(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	c.Writer.WriteHeader(http.StatusAccepted)
}
