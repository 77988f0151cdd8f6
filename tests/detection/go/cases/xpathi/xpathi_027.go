package xpathi

import (
	"log"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler027(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := r.Form.Get("sku")
		log.Printf("request for %q", sku)
		account := "A100"
		node := xmlquery.FindOne(doc, "//product[@sku='"+account+"']/price")
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
