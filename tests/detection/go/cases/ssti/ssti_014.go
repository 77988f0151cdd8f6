package ssti

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

func GreetingHandler014(c *gin.Context) {
	name := c.PostForm("name")
	tmpl, err := template.New("page").Parse("<h1>Hello " + name + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl.Execute(c.Writer, map[string]int{"Count": 1})
}
