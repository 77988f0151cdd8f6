package ssti

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

func GreetingHandler006(c *gin.Context) {
	name := c.Query("name")
	values := make([]string, 0, 4)
	values = append(values, name)
	tmpl, err := template.New("page").Parse("<h1>Hello " + values[0] + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl.Execute(c.Writer, map[string]int{"Count": 1})
}
