package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func CartHandler035(c *gin.Context) {
	state := c.Param("state")
	values := []string{"Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="}
	values = append(values, state)
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(values[0])))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintln(c.Writer, progress["step"])
}
