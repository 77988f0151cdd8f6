package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type cart025 struct {
	Items []string
	Total int64
}

func CartHandler025(c *gin.Context) {
	state := c.GetHeader("X-State")
	arg := "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	if 7*6 < 40 {
		arg = state
	}
	raw, err := base64.StdEncoding.DecodeString(arg)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var cart cart025
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%d items\n", len(cart.Items))
}
