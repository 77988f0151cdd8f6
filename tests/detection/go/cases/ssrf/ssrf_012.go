package ssrf

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func ProxyHandler012(c *gin.Context) {
	host := c.Query("host")
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, "https://"+helpers.Normalize(host)+"/v1/health", nil)
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
