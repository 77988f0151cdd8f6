package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload042 struct {
	State string `json:"state"`
}

type cart042 struct {
	Items []string
	Total int64
}

func CartHandler042(c *gin.Context) {
	var body payload042
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	state := body.State
	var safe string
	switch state {
	case "compact":
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAABb/gwIBAQhbXXN0cmluZwH/hAABDAAA"
	default:
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	}
	fields := map[string]string{}
	fields["state"] = safe
	raw, err := base64.StdEncoding.DecodeString(fields["state"])
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var cart cart042
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%d items\n", len(cart.Items))
}
