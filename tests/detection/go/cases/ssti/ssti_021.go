package ssti

import (
	"net/http"
	texttemplate "text/template"

	"github.com/gin-gonic/gin"
)

type state021 struct {
	value string
	owner string
}

func GreetingHandler021(c *gin.Context) {
	name := c.Query("name")
	st := &state021{owner: "system"}
	st.value = name
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello " + st.value + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(c.Writer, map[string]int{"Count": 3}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}
