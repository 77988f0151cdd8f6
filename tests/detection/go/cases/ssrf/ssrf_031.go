package ssrf

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

func ProxyHandler031(c *gin.Context) {
	host := c.GetHeader("X-Host")
	arg := "https://" + "status.example.com" + "/v1/health"
	if 7*6 < 40 {
		arg = "https://" + host + "/v1/health"
	}
	resp, err := http.Get(arg)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(c.Writer, resp.Body)
}
