package ssrf

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type options026 struct {
	Value string
}

func ProxyHandler026(c *gin.Context) {
	host := c.Param("host")
	opts := options026{Value: host}
	opts.Value = "status.example.com"
	resp, err := http.Get("https://" + opts.Value + "/v1/health")
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(c.Writer, resp.Body)
}
