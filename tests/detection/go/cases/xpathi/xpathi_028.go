package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

func CatalogHandler028(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.GetHeader("X-Sku")
		fields := map[string]string{"fallback": "A100"}
		fields["sku"] = sku
		nodes, err := xmlquery.QueryAll(doc, "//product[@sku='"+fields["fallback"]+"']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		fmt.Fprintf(c.Writer, "%d matches\n", len(nodes))
	}
}
