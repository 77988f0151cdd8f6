package weakrand

import (
	"math/rand"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

func IssueTicket019(c *gin.Context) {
	ticket := strconv.Itoa(rand.Int())
	c.SetCookie("ticket", ticket, 300, "/", "", true, true)
	c.Status(http.StatusNoContent)
}
