package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload027 struct {
	State string `json:"state"`
}

func CartHandler027(c *gin.Context) {
	var body payload027
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	state := body.State
	log.Printf("request for %q", state)
	account := "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	raw, err := hex.DecodeString(account)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var prefs interface{}
	if err := gob.NewDecoder(bytes.NewBuffer(raw)).Decode(&prefs); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%v\n", prefs)
}
