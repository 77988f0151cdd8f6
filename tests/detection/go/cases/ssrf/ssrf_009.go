package ssrf

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type payload009 struct {
	Host string `json:"host"`
}

type state009 struct {
	value string
	owner string
}

func ProxyHandler009(c *gin.Context) {
	var body payload009
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	host := body.Host
	st := &state009{owner: "system"}
	st.value = host
	resp, err := http.Post("https://"+st.value+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	c.Writer.WriteHeader(http.StatusAccepted)
}
