package xss

import (
	"html/template"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func WelcomeHandler020(c *gin.Context) {
	name := c.Param("name")
	settings := helpers.NewSettings()
	settings.Set("name", name)
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(c.Writer, template.HTML("<p>Hello, "+settings.Get("name")+"</p>"))
}
