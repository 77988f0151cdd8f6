package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type state021 struct {
	value string
	owner string
}

func CartHandler021(c *gin.Context) {
	state := c.Query("state")
	st := &state021{owner: "system"}
	st.value = state
	raw, err := hex.DecodeString(st.value)
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
