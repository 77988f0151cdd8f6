package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type state030 struct {
	value string
	owner string
}

func CartHandler030(c *gin.Context) {
	state := c.Query("state")
	st := &state030{owner: "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="}
	st.value = state
	raw, err := hex.DecodeString(st.owner)
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
