package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type cart001 struct {
	Items []string
	Total int64
}

func CartHandler001(c *gin.Context) {
	state := c.GetHeader("X-State")
	raw, err := base64.StdEncoding.DecodeString(state)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var cart cart001
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%d items\n", len(cart.Items))
}
