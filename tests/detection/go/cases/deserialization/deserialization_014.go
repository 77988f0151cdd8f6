package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func CartHandler014(c *gin.Context) {
	state := c.PostForm("state")
	if i := strings.IndexByte(state, '#'); i >= 0 {
		state = state[:i]
	}
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(state)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintln(c.Writer, progress["step"])
}
