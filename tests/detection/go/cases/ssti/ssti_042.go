package ssti

import (
	"bytes"
	"net/http"
	"strings"
	"text/template"

	"github.com/gin-gonic/gin"
)

type payload042 struct {
	Name string `json:"name"`
}

func GreetingHandler042(c *gin.Context) {
	var body payload042
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
	if !allowed[name] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(strings.Join([]string{"<h1>Hello ", name, "</h1><p>You have {{.Count}} new messages</p>"}, ""))).Execute(&buf, struct{ Count int }{7}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(buf.Bytes())
}
