package ssti

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

func GreetingHandler038(c *gin.Context) {
	name := c.PostForm("name")
	tmpl, err := template.New("page").Parse("<h1>Welcome {{.}}</h1>")
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	tmpl.Execute(c.Writer, name)
}
