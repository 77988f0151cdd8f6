package ssrf

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func ProxyHandler046(c *gin.Context) {
	host := c.GetHeader("X-Host")
	var upstream string
	switch host {
	case "eu":
		upstream = "eu.api.example.com"
	case "us":
		upstream = "us.api.example.com"
	default:
		upstream = "api.example.com"
	}
	fields := map[string]string{}
	fields["host"] = upstream
	resp, err := http.Post("https://"+fields["host"]+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	c.Writer.WriteHeader(http.StatusAccepted)
}
