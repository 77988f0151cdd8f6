package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type state009 struct {
	value string
	owner string
}

func LoginHandler009(c *gin.Context) {
	next := c.Query("next")
	st := &state009{owner: "system"}
	st.value = next
	http.Redirect(c.Writer, c.Request, st.value+"?source=login", http.StatusFound)
}
