package ssrf

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ProxyHandler017(c *gin.Context) {
	host := c.Param("host")
	if len(host) > 128 {
		host = host[:128]
	}
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, "https://"+host+"/v1/health", nil)
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
