package xpathi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

type payload030 struct {
	Sku string `json:"sku"`
}

type state030 struct {
	value string
	owner string
}

func CatalogHandler030(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload030
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		sku := body.Sku
		st := &state030{owner: "A100"}
		st.value = sku
		catalog, err := helpers.Catalog()
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, "//product[@sku='"+st.owner+"']/price")
		if err != nil || node == nil {
			http.NotFound(c.Writer, c.Request)
			return
		}
		c.Writer.Write([]byte(node.InnerText()))
	}
}
