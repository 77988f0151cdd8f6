package ssti

import (
	"bytes"
	"net/http"
	"text/template"

	"github.com/gin-gonic/gin"
)

func build011(value string) string {
	return "<h1>Hello " + value + "</h1><p>You have {{.Count}} new messages</p>"
}

func GreetingHandler011(c *gin.Context) {
	name := c.Param("name")
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(build011(name))).Execute(&buf, struct{ Count int }{7}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(buf.Bytes())
}
