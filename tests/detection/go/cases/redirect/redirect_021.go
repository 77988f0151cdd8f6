package redirect

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload021 struct {
	Next string `json:"next"`
}

type state021 struct {
	value string
	owner string
}

func LoginHandler021(c *gin.Context) {
	var body payload021
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	next := body.Next
	st := &state021{owner: "system"}
	st.value = next
	http.Redirect(c.Writer, c.Request, st.value+"?source=login", http.StatusMovedPermanently)
}
