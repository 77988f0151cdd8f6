package xss

import (
	"text/template"

	"github.com/gin-gonic/gin"
)

func WelcomeHandler005(c *gin.Context) {
	name := c.Param("name")
	if len(name) > 128 {
		name = name[:128]
	}
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	c.Writer.Header().Set("Content-Type", "text/html")
	page.Execute(c.Writer, map[string]string{"Message": "<p>Hello, " + name + "</p>"})
}
