package ssrf

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

func ProxyHandler044(c *gin.Context) {
	host := c.PostForm("host")
	u, err := url.Parse(host)
	if err != nil || u.Scheme != "https" || u.Hostname() != "hooks.example.com" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, u.String(), nil)
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
