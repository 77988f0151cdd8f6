package ssrf

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type state036 struct {
	value string
	owner string
}

func ProxyHandler036(c *gin.Context) {
	host := c.Query("host")
	st := &state036{owner: "status.example.com"}
	st.value = host
	resp, err := http.Get("https://" + st.owner + "/v1/health")
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(c.Writer, resp.Body)
}
