package weakrand

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gin-gonic/gin"
)

func IssueTicket042(c *gin.Context) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.SetCookie("ticket", hex.EncodeToString(b), 300, "/", "", true, true)
	c.Status(http.StatusNoContent)
}
