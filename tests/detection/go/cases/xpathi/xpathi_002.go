package xpathi

import (
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

func CatalogHandler002(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.PostForm("sku")
		node := xmlquery.FindOne(doc, "//product[@sku='"+sku+"']/price")
		if node == nil {
			http.NotFound(c.Writer, c.Request)
			return
		}
		c.Writer.Write([]byte(node.InnerText()))
	}
}
