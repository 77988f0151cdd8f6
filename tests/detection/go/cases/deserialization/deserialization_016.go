package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type cart016 struct {
	Items []string
	Total int64
}

func CartHandler016(c *gin.Context) {
	state := c.GetHeader("X-State")
	fields := map[string]string{}
	fields["state"] = state
	raw, err := base64.StdEncoding.DecodeString(fields["state"])
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var cart cart016
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%d items\n", len(cart.Items))
}
