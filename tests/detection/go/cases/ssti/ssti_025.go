package ssti

import (
	"net/http"
	texttemplate "text/template"

	"github.com/gin-gonic/gin"
)

func GreetingHandler025(c *gin.Context) {
	name := c.GetHeader("X-Name")
	arg := "<h1>Hello " + "friend" + "</h1><p>You have {{.Count}} new messages</p>"
	if 7*6 < 40 {
		arg = "<h1>Hello " + name + "</h1><p>You have {{.Count}} new messages</p>"
	}
	tmpl, err := texttemplate.New("greeting").Parse(arg)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(c.Writer, map[string]int{"Count": 3}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}
