package deserialization

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
)

type cart045 struct {
	Items []string
	Total int64
}

func CartHandler045(c *gin.Context) {
	state := c.Query("state")
	parts := strings.SplitN(state, ".", 2)
	if len(parts) != 2 {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("STATE_SIGNING_KEY")))
	mac.Write([]byte(parts[0]))
	sig, err := hex.DecodeString(parts[1])
	if err != nil || !hmac.Equal(mac.Sum(nil), sig) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	safe := parts[0]
	raw, err := base64.StdEncoding.DecodeString(safe)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var cart cart045
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%d items\n", len(cart.Items))
}
