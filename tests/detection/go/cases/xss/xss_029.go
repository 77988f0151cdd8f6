package xss

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func WelcomeHandler029(c *gin.Context) {
	name := c.Param("name")
	values := []string{"visitor"}
	values = append(values, name)
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>Hello, "+values[0]+"</p>"))
}
