package xss

import (
	"text/template"

	"github.com/gin-gonic/gin"
)

type options032 struct {
	Value string
}

func WelcomeHandler032(c *gin.Context) {
	name := c.PostForm("name")
	opts := options032{Value: name}
	opts.Value = "visitor"
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	c.Writer.Header().Set("Content-Type", "text/html")
	page.Execute(c.Writer, map[string]string{"Message": "<p>Hello, " + opts.Value + "</p>"})
}
