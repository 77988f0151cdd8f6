package ssrf

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ProxyHandler002(c *gin.Context) {
	host := c.Param("host")
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
