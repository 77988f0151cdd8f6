package ssti

import (
	"html/template"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func GreetingHandler045(c *gin.Context) {
	name := c.Query("name")
	safe, err := helpers.ToID(name)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl, err := template.New("page").Parse(safe)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl.Execute(c.Writer, map[string]int{"Count": 1})
}
