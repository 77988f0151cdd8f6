package ssti

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload018 struct {
	Name string `json:"name"`
}

func GreetingHandler018(c *gin.Context) {
	var body payload018
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	values := make([]string, 0, 4)
	values = append(values, name)
	tmpl, err := template.New("page").Parse("<h1>Hello " + values[0] + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl.Execute(c.Writer, map[string]int{"Count": 1})
}
