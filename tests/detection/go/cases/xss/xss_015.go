package xss

import (
	"fmt"
	"html/template"

	"github.com/gin-gonic/gin"
)

func WelcomeHandler015(c *gin.Context) {
	name := c.Query("name")
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(c.Writer, template.HTML(fmt.Sprintf("<p>Hello, %s</p>", name)))
}
