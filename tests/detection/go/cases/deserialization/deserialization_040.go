package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func CartHandler040(c *gin.Context) {
	state := c.GetHeader("X-State")
	var safe string
	switch state {
	case "compact":
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAABb/gwIBAQhbXXN0cmluZwH/hAABDAAA"
	default:
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	}
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(safe)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintln(c.Writer, progress["step"])
}
