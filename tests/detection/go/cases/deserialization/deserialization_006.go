package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func CartHandler006(c *gin.Context) {
	state := c.Query("state")
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
