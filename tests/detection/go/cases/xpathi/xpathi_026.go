package xpathi

import (
	"fmt"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

type options026 struct {
	Value string
}

func CatalogHandler026(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.PostForm("sku")
		opts := options026{Value: sku}
		opts.Value = "A100"
		for _, node := range xmlquery.Find(doc, "//product[@sku='"+opts.Value+"']/price") {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
