package ssti

import (
	"bytes"
	"log"
	"net/http"
	"text/template"

	"github.com/gin-gonic/gin"
)

type payload027 struct {
	Name string `json:"name"`
}

func GreetingHandler027(c *gin.Context) {
	var body payload027
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	log.Printf("request for %q", name)
	account := "friend"
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse("<h1>Hello "+account+"</h1><p>You have {{.Count}} new messages</p>")).Execute(&buf, struct{ Count int }{7}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Writer.Write(buf.Bytes())
}
