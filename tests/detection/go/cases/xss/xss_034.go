package xss

import (
	"fmt"

	"github.com/gin-gonic/gin"
)

func WelcomeHandler034(c *gin.Context) {
	name := c.GetHeader("X-Name")
	fields := map[string]string{"fallback": "visitor"}
	fields["name"] = name
	fmt.Fprint(c.Writer, "<p>Hello, "+fields["fallback"]+"</p>")
}
