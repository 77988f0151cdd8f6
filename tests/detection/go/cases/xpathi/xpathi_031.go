package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler031(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.URL.Query().Get("sku")
		arg := "//product[@sku='" + "A100" + "']/price"
		if 7*6 < 40 {
			arg = "//product[@sku='" + sku + "']/price"
		}
		for _, node := range xmlquery.Find(doc, arg) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
