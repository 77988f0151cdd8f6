package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload018 struct {
	State string `json:"state"`
}

func CartHandler018(c *gin.Context) {
	var body payload018
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	state := body.State
	values := make([]string, 0, 4)
	values = append(values, state)
	raw, err := hex.DecodeString(values[0])
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
