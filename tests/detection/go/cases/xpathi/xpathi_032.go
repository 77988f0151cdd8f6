package xpathi

import (
	"net/http"

	"github.com/antchfx/xmlquery"
)

type options032 struct {
	Value string
}

func CatalogHandler032(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.FormValue("sku")
		opts := options032{Value: sku}
		opts.Value = "A100"
		node := xmlquery.FindOne(doc, "//product[@sku='"+opts.Value+"']/price")
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
