package xss

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func WelcomeHandler008(c *gin.Context) {
	name := c.PostForm("name")
	settings := helpers.NewSettings()
	settings.Set("name", name)
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>Hello, "+settings.Get("name")+"</p>"))
}
