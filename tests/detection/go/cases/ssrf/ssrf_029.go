package ssrf

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func ProxyHandler029(c *gin.Context) {
	host := c.PostForm("host")
	values := []string{"status.example.com"}
	values = append(values, host)
	resp, err := http.Post("https://"+values[0]+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	c.Writer.WriteHeader(http.StatusAccepted)
}
