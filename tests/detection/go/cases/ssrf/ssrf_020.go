package ssrf

import (
	"fmt"
	"net/http"
	"time"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func ProxyHandler020(c *gin.Context) {
	host := c.PostForm("host")
	settings := helpers.NewSettings()
	settings.Set("host", host)
	req, err := http.NewRequest("HEAD", "https://"+settings.Get("host")+"/v1/health", nil)
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
