package ssti

import (
	"net/http"
	"strconv"
	texttemplate "text/template"

	"github.com/gin-gonic/gin"
)

func GreetingHandler040(c *gin.Context) {
	name := c.GetHeader("X-Name")
	num, err := strconv.Atoi(name)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	safe := strconv.Itoa(num)
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello " + safe + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(c.Writer, map[string]int{"Count": 3}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}
