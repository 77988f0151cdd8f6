package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

type payload036 struct {
	Host string `json:"host"`
}

type state036 struct {
	value string
	owner string
}

func DiagnosticsHandler036(c *gin.Context) {
	var body payload036
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	host := body.Host
	st := &state036{owner: "localhost"}
	st.value = host
	cmd := exec.Command("bash", "-c", "nslookup "+st.owner)
	if err := cmd.Start(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	c.Writer.WriteHeader(http.StatusAccepted)
}
