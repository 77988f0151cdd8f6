package ssrf

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ProxyHandler007(c *gin.Context) {
	host := c.GetHeader("X-Host")
	fields := map[string]string{}
	fields["host"] = host
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, "https://"+fields["host"]+"/v1/health", nil)
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
