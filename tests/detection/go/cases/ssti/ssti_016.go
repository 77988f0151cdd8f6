package ssti

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func GreetingHandler016(c *gin.Context) {
	name := c.GetHeader("X-Name")
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse(strings.Join([]string{"<h1>Hello ", name, "</h1><p>You have {{.Count}} new messages</p>"}, ""))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(c.Writer, "body", map[string]int{"Count": 2})
}
