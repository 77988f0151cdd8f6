package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload030 struct {
	Next string `json:"next"`
}

type state030 struct {
	value string
	owner string
}

func LoginHandler030(c *gin.Context) {
	var body payload030
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	next := body.Next
	st := &state030{owner: "/home"}
	st.value = next
	c.Redirect(http.StatusFound, st.owner+"?source=login")
}
