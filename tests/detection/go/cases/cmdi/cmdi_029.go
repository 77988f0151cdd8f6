package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func DiagnosticsHandler029(c *gin.Context) {
	host := c.Param("host")
	values := []string{"localhost"}
	values = append(values, host)
	out, err := exec.Command("sh", "-c", "nslookup "+values[0]).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(out)
}
