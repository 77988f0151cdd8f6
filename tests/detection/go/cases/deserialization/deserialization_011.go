package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func build011(value string) string {
	return value
}

func CartHandler011(c *gin.Context) {
	state := c.Param("state")
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(build011(state))))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintln(c.Writer, progress["step"])
}
