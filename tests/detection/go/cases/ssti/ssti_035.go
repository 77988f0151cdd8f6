package ssti

import (
	"bytes"
	"net/http"
	"text/template"

	"github.com/gin-gonic/gin"
)

func GreetingHandler035(c *gin.Context) {
	name := c.Param("name")
	values := []string{"friend"}
	values = append(values, name)
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse("<h1>Hello "+values[0]+"</h1><p>You have {{.Count}} new messages</p>")).Execute(&buf, struct{ Count int }{7}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(buf.Bytes())
}
