package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/gin-gonic/gin"
)

func CatalogHandler019(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.GetHeader("X-Sku")
		fields := map[string]string{}
		fields["sku"] = sku
		expr, err := xpath.Compile("//product[@sku='" + fields["sku"] + "']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
