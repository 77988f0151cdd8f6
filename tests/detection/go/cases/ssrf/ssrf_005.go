package ssrf

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func ProxyHandler005(c *gin.Context) {
	host := c.PostForm("host")
	if len(host) > 128 {
		host = host[:128]
	}
	req, err := http.NewRequest("HEAD", "https://"+host+"/v1/health", nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	client := http.Client{Timeout: 3 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	fmt.Fprintf(c.Writer, "%d\n", resp.StatusCode)
}
