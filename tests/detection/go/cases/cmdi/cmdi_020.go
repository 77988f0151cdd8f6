package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler020(c *gin.Context) {
	host := c.Param("host")
	settings := helpers.NewSettings()
	settings.Set("host", host)
	cmd := exec.Command("bash", "-c", "nslookup "+settings.Get("host"))
	if err := cmd.Start(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	c.Writer.WriteHeader(http.StatusAccepted)
}
