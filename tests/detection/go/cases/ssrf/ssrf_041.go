package ssrf

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func ProxyHandler041(c *gin.Context) {
	host := c.Param("host")
	partners := map[string]bool{"billing.example.com": true, "crm.example.com": true}
	if !partners[host] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := http.Post(strings.Join([]string{"https://", host, "/v1/health"}, ""), "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	c.Writer.WriteHeader(http.StatusAccepted)
}
