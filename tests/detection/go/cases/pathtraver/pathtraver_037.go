package pathtraver

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

func DownloadHandler037(c *gin.Context) {
	file := c.GetHeader("X-File")
	root := "/var/lib/app/uploads"
	full := filepath.Clean(filepath.Join(root, file))
	if !strings.HasPrefix(full, root+string(filepath.Separator)) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	f, err := os.Open(full)
	if err != nil {
		http.NotFound(c.Writer, c.Request)
		return
	}
	defer f.Close()
	io.Copy(c.Writer, f)
}
