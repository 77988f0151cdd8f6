package ssrf

import (
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

type payload024 struct {
	Host string `json:"host"`
}

func ProxyHandler024(c *gin.Context) {
	var body payload024
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	host := body.Host
	resp, err := http.Post("https://"+helpers.Normalize(host)+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	c.Writer.WriteHeader(http.StatusAccepted)
}
