package ssti

import (
	"net/http"
	texttemplate "text/template"

	"github.com/gin-gonic/gin"
)

func GreetingHandler001(c *gin.Context) {
	name := c.GetHeader("X-Name")
	tmpl, err := texttemplate.New("greeting").Parse(name)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(c.Writer, map[string]int{"Count": 3}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}
