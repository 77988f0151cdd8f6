package ssrf

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func ProxyHandler022(c *gin.Context) {
	host := c.GetHeader("X-Host")
	var sb strings.Builder
	sb.WriteString("https://")
	sb.WriteString(host)
	sb.WriteString("/v1/health")
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, sb.String(), nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	c.Writer.WriteHeader(resp.StatusCode)
}
