package xss

import (
	"html/template"
	"strings"

	"github.com/gin-gonic/gin"
)

func WelcomeHandler010(c *gin.Context) {
	name := c.GetHeader("X-Name")
	var sb strings.Builder
	sb.WriteString("<p>Hello, ")
	sb.WriteString(name)
	sb.WriteString("</p>")
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(c.Writer, template.HTML(sb.String()))
}
