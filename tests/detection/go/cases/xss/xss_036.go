package xss

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload036 struct {
	Name string `json:"name"`
}

type state036 struct {
	value string
	owner string
}

func WelcomeHandler036(c *gin.Context) {
	var body payload036
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	name := body.Name
	st := &state036{owner: "visitor"}
	st.value = name
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(c.Writer, template.HTML("<p>Hello, "+st.owner+"</p>"))
}
