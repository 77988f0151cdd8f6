package deserialization

import (
	"encoding/gob"
	"net/http"

	"github.com/gin-gonic/gin"
)

func init() {
	gob.Register(map[string]interface{}{})
}

func Import049(c *gin.Context) {
	var snapshot interface{}
	if err := gob.NewDecoder(c.Request.Body).Decode(&snapshot); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.JSON(http.StatusOK, gin.H{"imported": snapshot != nil})
}
