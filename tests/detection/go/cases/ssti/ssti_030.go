package ssti

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

type state030 struct {
	value string
	owner string
}

func GreetingHandler030(c *gin.Context) {
	name := c.Query("name")
	st := &state030{owner: "friend"}
	st.value = name
	tmpl, err := template.New("page").Parse("<h1>Hello " + st.owner + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tmpl.Execute(c.Writer, map[string]int{"Count": 1})
}
