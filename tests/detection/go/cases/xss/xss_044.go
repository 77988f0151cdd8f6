package xss

import (
	"html"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func display044(value string) string {
	return html.EscapeString(strings.TrimSpace(value))
}

func WelcomeHandler044(c *gin.Context) {
	name := c.Param("name")
	var sb strings.Builder
	sb.WriteString("<p>Hello, ")
	sb.WriteString(display044(name))
	sb.WriteString("</p>")
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(sb.String()))
}
