package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

type payload021 struct {
	Sku string `json:"sku"`
}

type state021 struct {
	value string
	owner string
}

func CatalogHandler021(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload021
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		sku := body.Sku
		st := &state021{owner: "system"}
		st.value = sku
		for _, node := range xmlquery.Find(doc, "//product[@sku='"+st.value+"']/price") {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
