package xss

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

type payload012 struct {
	Name string `json:"name"`
}

func WelcomeHandler012(c *gin.Context) {
	var body payload012
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	c.Writer.Header().Set("Content-Type", "text/html; charset=utf-8")
	c.Writer.Write([]byte("<p>Hello, " + helpers.Normalize(name) + "</p>"))
}
