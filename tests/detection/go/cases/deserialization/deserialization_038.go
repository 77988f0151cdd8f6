package deserialization

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"gopkg.in/yaml.v3"
)

type options038 struct {
	Theme    string `yaml:"theme"`
	PageSize int    `yaml:"page_size"`
}

func CartHandler038(c *gin.Context) {
	state := c.PostForm("state")
	var opts options038
	if err := yaml.Unmarshal([]byte(state), &opts); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fmt.Fprintf(c.Writer, "%s %d\n", opts.Theme, opts.PageSize)
}
