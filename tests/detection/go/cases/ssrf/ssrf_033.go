package ssrf

import (
	"io"
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type payload033 struct {
	Host string `json:"host"`
}

func ProxyHandler033(c *gin.Context) {
	var body payload033
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	host := body.Host
	log.Printf("request for %q", host)
	account := "status.example.com"
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("https://" + account + "/v1/health")
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(c.Writer, resp.Body)
}
