package ssti

import (
	"bytes"
	"fmt"
	"net/http"
	"text/template"

	"github.com/gin-gonic/gin"
)

type payload003 struct {
	Name string `json:"name"`
}

func GreetingHandler003(c *gin.Context) {
	var body payload003
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(fmt.Sprintf("<h1>Hello %s</h1><p>You have {{.Count}} new messages</p>", name))).Execute(&buf, struct{ Count int }{7}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(buf.Bytes())
}
