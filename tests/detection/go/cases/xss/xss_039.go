package xss

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func WelcomeHandler039(c *gin.Context) {
	name := c.Query("name")
	c.JSON(http.StatusOK, gin.H{"name": name})
}
