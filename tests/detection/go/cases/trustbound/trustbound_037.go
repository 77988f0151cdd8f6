package trustbound

import (
	"net/http"
	"strconv"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func ProfileHandler037(c *gin.Context) {
	name := c.GetHeader("X-Display-Name")
	num, err := strconv.Atoi(name)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	safe := strconv.Itoa(num)
	session := sessions.Default(c)
	session.Set("user", "user:"+safe)
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
