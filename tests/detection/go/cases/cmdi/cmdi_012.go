package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

type payload012 struct {
	Host string `json:"host"`
}

func DiagnosticsHandler012(c *gin.Context) {
	var body payload012
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	host := body.Host
	cmd := exec.Command("bash", "-c", "nslookup "+helpers.Normalize(host))
	if err := cmd.Start(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	c.Writer.WriteHeader(http.StatusAccepted)
}
