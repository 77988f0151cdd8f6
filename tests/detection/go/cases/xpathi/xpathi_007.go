package xpathi

import (
	"net/http"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler007(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.URL.Query().Get("sku")
		fields := map[string]string{}
		fields["sku"] = sku
		node := xmlquery.FindOne(doc, "//product[@sku='"+fields["sku"]+"']/price")
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
