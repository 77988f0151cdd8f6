package xss

import (
	"fmt"

	"github.com/gin-gonic/gin"
)

func build023(value string) string {
	return "<p>Hello, " + value + "</p>"
}

func WelcomeHandler023(c *gin.Context) {
	name := c.PostForm("name")
	fmt.Fprint(c.Writer, build023(name))
}
